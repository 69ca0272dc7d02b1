package org.bettercaretogether.bootstrap;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpConnection;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.RcptCommand;
import com.icegreen.greenmail.smtp.commands.SmtpCommand;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.Socket;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GreenMail's SMTP server on a free port, answering {@code RCPT TO} as a real server may: a permanent 550 for a
 * mailbox it was told does not exist, a passing 451 ("try again later") the first few times for a mailbox it was told
 * is busy, and GreenMail's own answer otherwise. The replies quote the address, as real servers' do. Start it, and stop
 * it whatever happens.
 */
final class RefusingSmtpServer extends GreenMail {

    private final Set<String> unknownMailboxes = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> busyMailboxes = new ConcurrentHashMap<>();

    RefusingSmtpServer() {
        super(ServerSetupTest.SMTP.dynamicPort());
    }

    /** Every message to {@code address} is refused for good: 550, no such mailbox. */
    void knowsNoMailbox(String address) {
        unknownMailboxes.add(address.toLowerCase(Locale.ROOT));
    }

    /** The next {@code times} messages to {@code address} are refused for now: 451, try again later. */
    void busyFor(String address, int times) {
        busyMailboxes.put(address.toLowerCase(Locale.ROOT), new AtomicInteger(times));
    }

    /** How many messages the server has taken for {@code address}. */
    long receivedFor(String address) throws MessagingException {
        long count = 0;
        for (MimeMessage message : getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address))) {
                count++;
            }
        }
        return count;
    }

    // Called from GreenMail's constructor: what it returns reads this class's fields only once a client connects.
    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(config, managers);
        AbstractServer plain = services.get(ServerSetup.PROTOCOL_SMTP);
        services.put(ServerSetup.PROTOCOL_SMTP, new SmtpServer(plain.getServerSetup(), managers) {
            @Override
            protected ProtocolHandler createProtocolHandler(Socket socket) {
                return new SmtpHandler(new Commands(), managers.getSmtpManager(), socket);
            }
        });
        return services;
    }

    /** GreenMail's commands, with {@code RCPT} answered as this server was told. */
    private final class Commands extends SmtpCommandRegistry {

        private final SmtpCommand recipient = new Recipient();

        @Override
        public SmtpCommand getCommand(String name) {
            return "RCPT".equals(name) ? recipient : super.getCommand(name);
        }
    }

    private final class Recipient extends SmtpCommand {

        private final RcptCommand taken = new RcptCommand();

        @Override
        public void execute(SmtpConnection connection, SmtpState state, SmtpManager manager, String line)
                throws IOException {
            int open = line.indexOf('<');
            int close = line.indexOf('>', open + 1);
            String address = open < 0 || close < 0 ? "" : line.substring(open + 1, close).toLowerCase(Locale.ROOT);
            AtomicInteger busy = busyMailboxes.get(address);
            if (unknownMailboxes.contains(address)) {
                connection.send("550 5.1.1 <" + address + ">: no such mailbox here");
            } else if (busy != null && busy.getAndDecrement() > 0) {
                connection.send("451 4.2.1 <" + address + ">: mailbox busy, try again later");
            } else {
                taken.execute(connection, state, manager, line);
            }
        }
    }
}
