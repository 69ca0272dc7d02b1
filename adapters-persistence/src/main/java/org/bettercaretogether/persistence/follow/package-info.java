/** Following by email on PostgreSQL: the subscriptions, and the notices each has been mailed. */
package org.bettercaretogether.persistence.follow;
