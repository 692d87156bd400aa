package dev.interviewer.interview.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PricingTest {
    @Test
    void estimatesTheCostOfTokensPerMillion() {
        Pricing pricing = new Pricing(0.15, 0.60);
        assertThat(pricing.cost(new TokenUsage(2_000_000, 500_000))).isEqualTo(0.6);
        assertThat(pricing.cost(new TokenUsage(1830, 214))).isEqualTo(0.000403);
    }

    @Test
    void givesNoEstimateWithoutBothPrices() {
        assertThat(Pricing.NONE.cost(new TokenUsage(1000, 1000))).isNull();
        assertThat(new Pricing(1.0, null).cost(new TokenUsage(1000, 1000))).isNull();
    }

    @Test
    void refusesANegativePrice() {
        assertThatThrownBy(() -> new Pricing(-1.0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0");
    }
}
