/** The partners' repository port. */
package org.bettercaretogether.application.partner;
