package org.bettercaretogether.web.follow;

import org.bettercaretogether.web.platform.FormErrors;

/**
 * The "Get email updates" form of one thing: its name, where the form goes and where "back" leads, what was typed,
 * and what was wrong with it.
 */
public record FollowPage(String title, String action, String back, String email, FormErrors errors) {
}
