package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The municipalities' centres: all 22 of the region, and distances with clear margins either side of 50 km. */
class MunicipalityCentresTests {

    static double km(String from, String to) {
        return MunicipalityCentres.distanceKm(
                MunicipalityCentres.of(from).orElseThrow(),
                MunicipalityCentres.of(to).orElseThrow());
    }

    @Test
    void everyMunicipalityOfTheRegionHasACentre() {
        assertThat(MunicipalityCentres.all())
                .hasSize(22)
                .containsKeys("077", "172", "179", "182", "216", "226", "249", "256", "265", "275", "312")
                .containsKeys("410", "435", "495", "500", "592", "601", "729", "850", "892", "931", "992");
        assertThat(MunicipalityCentres.known("291"))
                .as("Kuhmoinen is in Pirkanmaa since 2021")
                .isFalse();
    }

    @Test
    void distancesAreAsTheCrowFlies() {
        assertThat(km("182", "182")).isZero();
        assertThat(km("182", "435")).as("Jämsä–Luhanka").isBetween(20.0, 35.0);
        assertThat(km("182", "256")).as("Jämsä–Kinnula").isBetween(150.0, 185.0);
        assertThat(km("179", "992")).as("Jyväskylä–Äänekoski").isCloseTo(40.6, within(3.0));
        assertThat(km("182", "256")).isEqualTo(km("256", "182"));
    }
}
