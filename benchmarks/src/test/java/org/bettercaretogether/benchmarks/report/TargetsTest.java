package org.bettercaretogether.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.benchmarks.load.Measurement;
import org.bettercaretogether.benchmarks.load.Percentiles;
import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void aRatioAtOrAboveTheTargetIsMet() {
        Measurement baseline = rate(1000);

        assertThat(ThroughputTarget.ratio(rate(700), baseline)).isEqualTo(0.7);
        assertThat(ThroughputTarget.JSON.judge(rate(700), baseline).met()).isTrue();
        assertThat(ThroughputTarget.JSON.judge(rate(699), baseline).cell()).isEqualTo("**missed**: 0.70× < 0.7×");
        assertThat(ThroughputTarget.PAGE.judge(rate(500), baseline).met()).isTrue();
        assertThat(ThroughputTarget.SUBMISSION.judge(rate(80), baseline).met()).isFalse();
    }

    @Test
    void failedRequestsMissTheTargetHoweverFast() {
        var fastButFailing = new Measurement(5000, 1, 5000, new Percentiles(1, 1, 1, 1), 0, 12, Map.of("503", 12L));

        Verdict verdict = ThroughputTarget.JSON.judge(fastButFailing, rate(1000));

        assertThat(verdict.met()).isFalse();
        assertThat(verdict.reason()).isEqualTo("12 request(s) failed");
    }

    @Test
    void aBaselineThatAnsweredNothingGivesARatioOfZero() {
        assertThat(ThroughputTarget.ratio(rate(100), rate(0))).isZero();
    }

    @Test
    void aViewSummaryMustBeUnder50MillisecondsAtP95() {
        assertThat(LatencyTarget.VIEW_SUMMARY.judge(latency(10, 49.9), Optional.empty()).met()).isTrue();
        assertThat(LatencyTarget.VIEW_SUMMARY.judge(latency(10, 50), Optional.empty()).reason())
                .isEqualTo("p95 50.0 ms ≥ 50 ms");
    }

    @Test
    void aViewSummaryMayGrowToOneAndAHalfTimesItsMedianAtTheSmallestSize() {
        Optional<Measurement> smallest = Optional.of(latency(10, 12));

        assertThat(LatencyTarget.growth(latency(15, 20), smallest)).hasValue(1.5);
        assertThat(LatencyTarget.VIEW_SUMMARY.judge(latency(15, 20), smallest).met()).isTrue();
        assertThat(LatencyTarget.VIEW_SUMMARY.judge(latency(16, 20), smallest).reason())
                .isEqualTo("1.6× its time at the smallest size");
    }

    @Test
    void aStaffListMustBeUnder20MillisecondsAtP95WhateverItsGrowth() {
        Optional<Measurement> smallest = Optional.of(latency(1, 2));

        assertThat(LatencyTarget.STAFF_LIST.judge(latency(10, 19), smallest).met()).isTrue();
        assertThat(LatencyTarget.STAFF_LIST.judge(latency(10, 20), smallest).met()).isFalse();
    }

    @Test
    void aSearchMustBeUnder50MillisecondsAtP95WhateverItsGrowth() {
        Optional<Measurement> smallest = Optional.of(latency(1, 2));

        assertThat(LatencyTarget.SEARCH.judge(latency(30, 49.9), smallest).met()).isTrue();
        assertThat(LatencyTarget.SEARCH.judge(latency(30, 50), smallest).reason()).contains("p95 50.0 ms");
    }

    @Test
    void anAddressWithoutTargetIsNeitherMetNorMissed() {
        assertThat(LatencyTarget.NONE.judge(latency(900, 1000), Optional.empty()).cell()).isEmpty();
    }

    @Test
    void timeInGcAndRestartHaveTheirLimits() {
        assertThat(OneOffTargets.gc(0.049).met()).isTrue();
        assertThat(OneOffTargets.gc(0.05).reason()).isEqualTo("5.0 % ≥ 5 %");
        assertThat(OneOffTargets.restart(2.99).met()).isTrue();
        assertThat(OneOffTargets.restart(4.9).reason()).isEqualTo("4.9 s ≥ 3 s");
    }

    private static Measurement rate(double perSecond) {
        return new Measurement((long) perSecond, 1, perSecond, new Percentiles(1, 2, 3, 4), 0, 0, Map.of());
    }

    private static Measurement latency(double p50, double p95) {
        return new Measurement(40, 1, 40, new Percentiles(p50, p95, p95, p95), 0, 0, Map.of());
    }
}
