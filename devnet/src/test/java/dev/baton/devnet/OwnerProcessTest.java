package dev.baton.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnerProcessTest {

    @Test
    void thisJvmIsAlive() {
        assertThat(OwnerProcess.current().isAlive()).isTrue();
    }

    @Test
    void aReusedPidWithAnotherStartTimeIsNotTheOwner() {
        OwnerProcess current = OwnerProcess.current();

        assertThat(new OwnerProcess(current.pid(), current.startMillis() - 60_000).isAlive())
                .isFalse();
    }

    @Test
    void aFinishedProcessIsNotAlive() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();

        assertThat(new OwnerProcess(finished.pid(), 0).isAlive()).isFalse();
        assertThat(new OwnerProcess(-1, 0).isAlive()).isFalse();
    }
}
