/**
 * Following by email: a person asks to be told by email about one consultation, one Integrated Care Community or one
 * workstream. The subscription waits until the person confirms it from the link mailed to them (double opt-in), and
 * from then on each mail it brings carries a link that ends it in one click.
 */
package org.bettercaretogether.domain.follow;
