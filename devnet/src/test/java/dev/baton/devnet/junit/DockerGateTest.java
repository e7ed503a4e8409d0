package dev.baton.devnet.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.DevnetKind;
import org.junit.jupiter.api.Test;

class DockerGateTest {

    @Test
    void processDevnetsNeverWaitForDocker() {
        assertThat(BatonDevnetExtension.gate(DevnetKind.PROCESS, () -> false, false).isDisabled())
                .isFalse();
    }

    @Test
    void containerDevnetsRunWhenDockerIsThere() {
        assertThat(BatonDevnetExtension.gate(DevnetKind.CONTAINER, () -> true, false).isDisabled())
                .isFalse();
    }

    @Test
    void containerDevnetsAreSkippedLocallyWithoutDocker() {
        var result = BatonDevnetExtension.gate(DevnetKind.CONTAINER, () -> false, false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("Docker").contains("CI=true"));
    }

    @Test
    void containerDevnetsWithoutDockerStillRunOnCiSoTheyFail() {
        assertThat(BatonDevnetExtension.gate(DevnetKind.CONTAINER, () -> false, true).isDisabled())
                .isFalse();
    }
}
