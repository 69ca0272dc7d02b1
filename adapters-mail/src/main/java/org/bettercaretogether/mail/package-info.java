/**
 * The mail adapter: how messages from the outbox leave the service. {@link org.bettercaretogether.mail.SmtpMailSender}
 * hands each one to the installation's SMTP server; where no server is configured,
 * {@link org.bettercaretogether.mail.MailDropSender} writes each one as an {@code .eml} file into a folder, so a
 * developer or a trial installation can read in a mail client what the public would have received. Neither logs an
 * address or the words of a message, and a failure names what went wrong, never to whom it was going.
 */
package org.bettercaretogether.mail;
