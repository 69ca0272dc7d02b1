/**
 * A person's data from its arrival to its deletion: how long each kind is kept and its removal once that time is past
 * (retention, run on a schedule by one instance at a time), and what administrators do when a person asks, by their
 * email address or telephone number, to see everything held about them (subject access) or to have it erased. Each is
 * recorded in the audit log, by counts and references, never by what the person gave.
 */
package org.bettercaretogether.application.privacy;
