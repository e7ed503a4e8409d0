package dev.baton.devnet.deploy;

import dev.baton.internal.abi.InitCode;
import dev.baton.internal.contracts.AttestationVerifier;
import dev.baton.internal.contracts.BlockMarket;
import dev.baton.internal.contracts.BlockMarketProofs;
import dev.baton.internal.contracts.SlotAuction;
import dev.baton.internal.contracts.SlotAuctionViews;

/**
 * Deploys the two selection mechanisms' implementations (the registry clones them per rollup) and
 * the devnet proof verifier. Each mechanism is split in two to stay under the contract size limit:
 * the auction's views and the market's proof side are deployed once and reached by delegatecall
 * from every clone.
 */
public record MechanismsStep() implements DeploymentStep {

    public static final String SLOT_AUCTION_VIEWS = "SlotAuctionViews";
    public static final String SLOT_AUCTION = "SlotAuction";
    public static final String BLOCK_MARKET_PROOFS = "BlockMarketProofs";
    public static final String BLOCK_MARKET = "BlockMarket";
    public static final String ATTESTATION_VERIFIER = "AttestationVerifier";

    @Override
    public void deploy(DeploymentContext context) {
        String views =
                context.deployContract(SLOT_AUCTION_VIEWS, InitCode.of(SlotAuctionViews::deploy))
                        .address()
                        .lowerHex();
        context.deployContract(
                SLOT_AUCTION,
                InitCode.of(
                        (web3j, manager, gas) -> SlotAuction.deploy(web3j, manager, gas, views)));
        String proofs =
                context.deployContract(BLOCK_MARKET_PROOFS, InitCode.of(BlockMarketProofs::deploy))
                        .address()
                        .lowerHex();
        context.deployContract(
                BLOCK_MARKET,
                InitCode.of(
                        (web3j, manager, gas) -> BlockMarket.deploy(web3j, manager, gas, proofs)));
        context.deployContract(ATTESTATION_VERIFIER, InitCode.of(AttestationVerifier::deploy));
    }
}
