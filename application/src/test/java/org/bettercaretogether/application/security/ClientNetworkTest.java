package org.bettercaretogether.application.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientNetworkTest {

    @Test
    void addresses_in_one_ipv6_slash_64_count_as_one_network() {
        assertThat(ClientNetwork.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(ClientNetwork.of("2001:db8:1:2::1"))
                .isEqualTo(ClientNetwork.of("[2001:0db8:0001:0002:ffff:ffff:ffff:ffff]"))
                .isEqualTo("20010db800010002::/64");
    }

    @Test
    void neighbouring_ipv6_networks_count_apart() {
        assertThat(ClientNetwork.of("2001:db8:1:2::1")).isNotEqualTo(ClientNetwork.of("2001:db8:1:3::1"));
    }

    @Test
    void an_ipv4_address_counts_on_its_own_however_it_is_written() {
        assertThat(ClientNetwork.of("192.0.2.10")).isEqualTo("192.0.2.10");
        assertThat(ClientNetwork.of("192.0.2.11")).isNotEqualTo(ClientNetwork.of("192.0.2.10"));
        assertThat(ClientNetwork.of("::ffff:192.0.2.10")).isEqualTo("192.0.2.10");
    }

    @Test
    void what_is_not_an_ip_literal_counts_as_written_and_is_never_looked_up() {
        assertThat(ClientNetwork.of("unknown")).isEqualTo("unknown");
        assertThat(ClientNetwork.of("localhost")).isEqualTo("localhost");
        assertThat(ClientNetwork.of("example.org")).isEqualTo("example.org");
        assertThat(ClientNetwork.of(":::zz")).isEqualTo(":::zz");
        assertThat(ClientNetwork.of(null)).isEqualTo("null");
    }
}
