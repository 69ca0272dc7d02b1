package org.bettercaretogether.application.security;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The network a request came from, as rate limits count it: an IPv4 address on its own, an IPv6 address by the
 * /64 it belongs to. One IPv6 customer, household or host is routinely given a whole /64 and may send from any of its
 * 2^64 addresses, so counting each address apart would give one sender as many allowances as it likes; counting the
 * /64 gives it one, as one IPv4 address has.
 *
 * <p>An address is read only when it is written as an IP literal; anything else (a name, or whatever a proxy put in a
 * header) is counted as written, and never looked up.
 */
public final class ClientNetwork {

    /** Hex digits, colons and the dots of an embedded IPv4 part: the characters of an IPv6 literal. */
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?");
    private static final int KEPT_BYTES = 8;

    private ClientNetwork() {
    }

    /** The part of {@code address} a rate limit counts by, as text. */
    public static String of(String address) {
        String written = String.valueOf(address).strip();
        if (!IPV6_LITERAL.matcher(written).matches()) {
            return written;
        }
        InetAddress parsed;
        try {
            // A literal (it holds a colon, and only the characters of one): parsed, never resolved by name.
            parsed = InetAddress.getByName(written);
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return written;
        }
        if (parsed instanceof Inet4Address mapped) {
            return mapped.getHostAddress(); // an IPv4 address written as IPv6 (::ffff:192.0.2.1) is that IPv4 address
        }
        if (parsed instanceof Inet6Address six) {
            byte[] bytes = six.getAddress();
            return HexFormat.of().formatHex(bytes, 0, KEPT_BYTES) + "::/64";
        }
        return written;
    }
}
