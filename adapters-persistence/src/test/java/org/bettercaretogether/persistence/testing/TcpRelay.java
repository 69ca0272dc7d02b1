package org.bettercaretogether.persistence.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the network between the service and its database: a port on the loopback interface that passes
 * bytes to and from the real server while it {@linkplain #relay() relays}, and that a test can make behave as a
 * database gone away ({@link #refuse()}: every connection dropped, new ones closed at once) or as one cut off by the
 * network ({@link #silence()}: connections stay open and nothing comes back). Closing it drops everything.
 */
public final class TcpRelay implements AutoCloseable {

    private enum Mode { RELAY, REFUSE, SILENCE }

    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.RELAY;

    private TcpRelay(ServerSocket listener, int targetPort) {
        this.listener = listener;
        this.targetPort = targetPort;
    }

    /** A relay to the server at {@code targetPort} on this machine, relaying. */
    public static TcpRelay to(int targetPort) {
        try {
            TcpRelay relay = new TcpRelay(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort);
            Thread.ofVirtual().name("tcp-relay").start(relay::accept);
            return relay;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The port the relay listens on. */
    public int port() {
        return listener.getLocalPort();
    }

    /** {@code jdbcUrl} (a PostgreSQL address on this machine) through this relay instead. */
    public String through(String jdbcUrl) {
        return jdbcUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + port() + "/");
    }

    /** Passes bytes again, for connections made from now on. */
    public void relay() {
        mode = Mode.RELAY;
    }

    /** Drops every connection, and closes new ones at once, as a server that stopped would. */
    public void refuse() {
        mode = Mode.REFUSE;
        dropAll();
    }

    /** Lets nothing through any more, either way, on connections open and new, without closing them. */
    public void silence() {
        mode = Mode.SILENCE;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (mode == Mode.REFUSE) {
                    client.close();
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                Thread.ofVirtual().start(() -> pump(client, server));
                Thread.ofVirtual().start(() -> pump(server, client));
            } catch (IOException closed) {
                // the relay closed, or the server refused: the client finds its connection closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (mode == Mode.RELAY) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (SocketException dropped) {
            // one side went
        } catch (IOException failure) {
            // one side went
        } finally {
            close(from);
            close(to);
        }
    }

    private void dropAll() {
        open.forEach(TcpRelay::close);
        open.clear();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        dropAll();
    }
}
