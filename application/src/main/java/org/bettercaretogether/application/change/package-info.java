/**
 * "You said, we did": engagement officers record the changes that people's views led to and link them to those
 * views and themes; the people who gave the views are told, if they asked; the public reads the changes per
 * community, per workstream and for the programme.
 */
package org.bettercaretogether.application.change;
