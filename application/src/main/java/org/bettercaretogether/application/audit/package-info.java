/** The audit log: its port, reading it, and recording what staff changed. */
package org.bettercaretogether.application.audit;
