package dev.baton.cli.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.agent.prover.AttestationJson;
import dev.baton.cli.ConfigException;
import dev.baton.market.Attestation;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.Eip712Domain;
import dev.baton.market.ProverSigning;
import dev.baton.market.SignedAttestation;
import dev.baton.market.SignedVote;
import dev.baton.market.Transcript;
import dev.baton.market.TranscriptBuilder;
import dev.baton.market.TreePosition;
import dev.baton.market.TypedDataSigner;
import dev.baton.market.Vote;
import dev.baton.signer.DevKeySigner;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketFilesTest {
    private static final Address MARKET = Address.of("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707");
    private static final Eip712Domain DOMAIN = Eip712Domain.blockMarket(ChainId.DEVNET, MARKET);
    private static final Eip712Domain VERIFIER = Eip712Domain.blockMarket(ChainId.DEVNET, MARKET);
    private static final Address PROPOSER =
            Address.of("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
    private static final String[] KEYS = {
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"
    };

    @TempDir Path dir;

    private static ProverSigning signing(int i) {
        DevKeySigner key = DevKeySigner.of(KEYS[i], ChainId.DEVNET);
        return new ProverSigning(
                new TypedDataSigner() {
                    @Override
                    public Address address() {
                        return key.address();
                    }

                    @Override
                    public String signTypedData(String json) {
                        return key.signTypedData(json);
                    }
                });
    }

    @Test
    void votesTranscriptsAndProposalsRoundTripThroughFiles() {
        BlockReveal reveal = BlockReveal.withFreshSecret(Bytes32.of("0x" + "12".repeat(32)));
        List<SignedVote> votes = new ArrayList<>();
        for (int leaf = 0; leaf < 2; leaf++) {
            votes.add(
                    signing(leaf)
                            .vote(
                                    DOMAIN,
                                    new Vote(
                                            MARKET,
                                            4,
                                            PROPOSER,
                                            reveal.commitment(),
                                            2500,
                                            TreePosition.of(1, leaf))));
        }
        Path voteFile = dir.resolve("votes.json");
        MarketFiles.write(voteFile, votes.stream().map(MarketFiles::toJson).toList());
        assertThat(MarketFiles.readVotes(List.of(voteFile))).isEqualTo(votes);

        Transcript transcript =
                new TranscriptBuilder(DOMAIN, 4, PROPOSER, reveal.commitment(), 2500, 1)
                        .offerAll(votes)
                        .build()
                        .orElseThrow();
        Path proposalFile = dir.resolve("proposal.json");
        MarketFiles.write(
                proposalFile,
                new MarketFiles.ProposalJson(
                        MarketFiles.toJson(transcript),
                        reveal.txOrderRoot().hex(),
                        reveal.secret().hex()));
        MarketFiles.ProposalJson back = MarketFiles.readProposal(proposalFile);
        assertThat(MarketFiles.fromJson(back.transcript())).isEqualTo(transcript);
        assertThat(MarketFiles.reveal(back)).isEqualTo(reveal);

        SignedAttestation att =
                signing(1)
                        .attest(
                                VERIFIER,
                                new Attestation(
                                        4,
                                        reveal.txOrderRoot(),
                                        TreePosition.of(1, 1),
                                        Bytes32.random()));
        Path attFile = dir.resolve("att.json");
        MarketFiles.write(attFile, List.of(MarketFiles.toJson(att)));
        assertThat(MarketFiles.readAttestations(List.of(attFile))).containsExactly(att);
    }

    @Test
    void attestationKeepsThePartBytesItsHashWasSignedOver() throws Exception {
        byte[] part = {0x0a, 0x0b, 0x0c};
        SignedAttestation att =
                signing(1)
                        .attest(
                                VERIFIER,
                                Attestation.ofPart(
                                        4, Bytes32.random(), TreePosition.of(1, 0), part));
        Path attFile = dir.resolve("att-part.json");
        MarketFiles.write(attFile, List.of(MarketFiles.toJson(att, part)));
        AttestationJson back = MarketFiles.readAttestationFiles(List.of(attFile)).getFirst();
        assertThat(back.part()).isEqualTo("0x0a0b0c");
        assertThat(MarketFiles.fromJson(back)).isEqualTo(att);
        assertThat(MarketFiles.hexBytes("--part", back.part())).isEqualTo(part);
        assertThatThrownBy(() -> MarketFiles.hexBytes("--part", "0xzz"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--part:");
        assertThatThrownBy(() -> MarketFiles.hexBytes("--part", "0x"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must not be empty");
    }

    @Test
    void badFilesAndPositionsAreConfigurationErrors() throws Exception {
        assertThatThrownBy(() -> MarketFiles.readVotes(List.of(dir.resolve("missing.json"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no such file");
        Path broken = Files.writeString(dir.resolve("broken.json"), "[{\"prover\": 1}]");
        assertThatThrownBy(() -> MarketFiles.readAttestations(List.of(broken)))
                .isInstanceOf(ConfigException.class);
        assertThat(MarketFiles.position("3:5")).isEqualTo(TreePosition.of(3, 5));
        assertThatThrownBy(() -> MarketFiles.position("3-5")).isInstanceOf(ConfigException.class);
    }
}
