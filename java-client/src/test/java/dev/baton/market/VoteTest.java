package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import org.junit.jupiter.api.Test;

class VoteTest {
    private static final Address PROPOSER =
            Address.of("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
    private static final Address MARKET = Address.of("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    private static final Eip712Domain DOMAIN = Eip712Domain.blockMarket(ChainId.DEVNET, MARKET);
    private static final Bytes32 COMMITMENT =
            Bytes32.of("0x1111111111111111111111111111111111111111111111111111111111111111");

    @Test
    void typeHashIsTheContractsVoteTypehash() {
        assertThat(FixedLayout.keccak(Vote.TYPE).hex())
                .isEqualTo(
                        FixedLayout.keccak(
                                        "Vote(address rollup,uint256 height,address proposer,bytes32 blockCommitment,"
                                                + "uint16 proverRewardBps,uint8 depth,uint32 index)")
                                .hex());
    }

    @Test
    void digestMatchesWeb3jsEncodingOfTheTypedDataJson() {
        Vote vote = new Vote(MARKET, 7, PROPOSER, COMMITMENT, 2500, TreePosition.of(3, 5));
        assertThat(vote.digest(DOMAIN))
                .isEqualTo(KeyTypedDataSigner.web3jDigest(vote.typedDataJson(DOMAIN)));
    }

    @Test
    void digestBindsEveryField() {
        Vote base = new Vote(MARKET, 7, PROPOSER, COMMITMENT, 2500, TreePosition.of(3, 5));
        Bytes32 digest = base.digest(DOMAIN);
        assertThat(
                        new Vote(MARKET, 8, PROPOSER, COMMITMENT, 2500, TreePosition.of(3, 5))
                                .digest(DOMAIN))
                .isNotEqualTo(digest);
        assertThat(
                        new Vote(MARKET, 7, PROPOSER, Bytes32.ZERO, 2500, TreePosition.of(3, 5))
                                .digest(DOMAIN))
                .isNotEqualTo(digest);
        assertThat(
                        new Vote(MARKET, 7, PROPOSER, COMMITMENT, 2500, TreePosition.of(3, 4))
                                .digest(DOMAIN))
                .isNotEqualTo(digest);
        assertThat(
                        new Vote(MARKET, 7, PROPOSER, COMMITMENT, 2500, TreePosition.of(2, 5))
                                .digest(DOMAIN))
                .isNotEqualTo(digest);
        assertThat(
                        new Vote(MARKET, 7, Address.ZERO, COMMITMENT, 2500, TreePosition.of(3, 5))
                                .digest(DOMAIN))
                .isNotEqualTo(digest);
        assertThat(
                        new Vote(MARKET, 7, PROPOSER, COMMITMENT, 0, TreePosition.of(3, 5))
                                .digest(DOMAIN))
                .isNotEqualTo(digest);
        assertThat(base.digest(Eip712Domain.blockMarket(ChainId.of(1), MARKET)))
                .isNotEqualTo(digest);
        assertThat(base.digest(Eip712Domain.blockMarket(ChainId.DEVNET, Address.ZERO)))
                .isNotEqualTo(digest);
    }

    @Test
    void refusesNegativeHeight() {
        assertThatThrownBy(
                        () ->
                                new Vote(
                                        MARKET,
                                        -1,
                                        PROPOSER,
                                        COMMITMENT,
                                        2500,
                                        TreePosition.of(0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
