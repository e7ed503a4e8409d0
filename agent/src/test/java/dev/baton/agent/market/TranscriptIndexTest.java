package dev.baton.agent.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.store.AgentStore;
import dev.baton.agent.store.SqliteAgentStore;
import dev.baton.market.Transcript;
import dev.baton.types.Address;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The market duties' index of committed transcripts follows reorganisations: what a new branch
 * abandons leaves it, what a new branch carries in blocks already read joins it.
 */
class TranscriptIndexTest {
    static final Address ME = Address.of("0x" + "0c".repeat(20));

    @TempDir Path dir;
    final FakeMarket market = new FakeMarket(ME);

    private TranscriptIndex index(AgentStore store) {
        return new TranscriptIndex("keeper", "test.fromBlock", market, store, 0);
    }

    private void mineAndAdvance(TranscriptIndex index, int blocks) {
        for (int i = 0; i < blocks; i++) {
            market.mine();
            index.advance(market.block());
        }
    }

    @Test
    void aCommitAReorganisationAbandonsLeavesTheIndex() {
        Transcript t = Transcripts.of(1, 1, Transcripts.address(0));
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("k.db"))) {
            TranscriptIndex index = index(store);
            market.commit(t);
            mineAndAdvance(index, 2);
            assertThat(index.at(1)).extracting(CommittedTranscript::transcript).containsExactly(t);

            market.reorgOut(t);
            mineAndAdvance(index, 1);
            assertThat(index.at(1)).as("abandoned with its block").isEmpty();
            assertThat(index.all()).isEmpty();

            market.commit(t); // the proposer commits it again, on the new branch
            mineAndAdvance(index, 1);
            assertThat(index.at(1))
                    .extracting(CommittedTranscript::committedBlock)
                    .containsExactly(market.block());
        }
    }

    @Test
    void aCommitANewBranchCarriesInABlockAlreadyReadIsRead() {
        Transcript t = Transcripts.of(1, 1, Transcripts.address(0));
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("k.db"))) {
            TranscriptIndex index = index(store);
            market.commit(t);
            mineAndAdvance(index, 4);
            long first = index.at(1).getFirst().committedBlock();

            market.reorgMoving(t, first + 2); // read already: the new branch has it two blocks on
            mineAndAdvance(index, 1);
            assertThat(index.at(1))
                    .extracting(CommittedTranscript::committedBlock)
                    .containsExactly(first + 2);
        }
    }

    @Test
    void aCommitOnBothBranchesStaysInTheIndexOnce() {
        Transcript t = Transcripts.of(1, 1, Transcripts.address(0));
        Transcript u = Transcripts.of(1, 2, Transcripts.address(1));
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("k.db"))) {
            TranscriptIndex index = index(store);
            market.commit(t);
            market.commit(u);
            mineAndAdvance(index, 3);
            assertThat(index.at(1)).hasSize(2);

            market.reorgOut(t); // the new branch has u in the same block number, under a new hash
            mineAndAdvance(index, 1);
            assertThat(index.at(1)).extracting(CommittedTranscript::transcript).containsExactly(u);
        }
    }
}
