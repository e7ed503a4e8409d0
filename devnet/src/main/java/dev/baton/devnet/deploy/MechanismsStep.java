package dev.baton.devnet.deploy;

import dev.baton.internal.contracts.AttestationVerifier;
import dev.baton.internal.contracts.BlockMarket;
import dev.baton.internal.contracts.BlockMarketProofs;
import dev.baton.internal.contracts.SlotAuction;
import dev.baton.internal.contracts.SlotAuctionViews;

/**
 * Deploys the two selection mechanisms' implementations (the registry clones them per rollup) and the devnet proof
 * verifier. Each mechanism is split in two to stay under the contract size limit: the auction's views and the market's
 * proof side are deployed once and reached by delegatecall from every clone.
 */
public record MechanismsStep() implements DeploymentStep {

    public static final String SLOT_AUCTION_VIEWS = "SlotAuctionViews";
    public static final String SLOT_AUCTION = "SlotAuction";
    public static final String BLOCK_MARKET_PROOFS = "BlockMarketProofs";
    public static final String BLOCK_MARKET = "BlockMarket";
    public static final String ATTESTATION_VERIFIER = "AttestationVerifier";

    @Override
    public void deploy(DeploymentContext context) throws Exception {
        SlotAuctionViews views = SlotAuctionViews.deploy(context.web3j(), context.transactions(), context.gas()).send();
        context.recordContract(SLOT_AUCTION_VIEWS, views.getContractAddress(), views.getTransactionReceipt().orElseThrow());
        SlotAuction auction = SlotAuction.deploy(context.web3j(), context.transactions(), context.gas(),
                views.getContractAddress()).send();
        context.recordContract(SLOT_AUCTION, auction.getContractAddress(), auction.getTransactionReceipt().orElseThrow());

        BlockMarketProofs proofs = BlockMarketProofs.deploy(context.web3j(), context.transactions(), context.gas()).send();
        context.recordContract(BLOCK_MARKET_PROOFS, proofs.getContractAddress(), proofs.getTransactionReceipt().orElseThrow());
        BlockMarket market = BlockMarket.deploy(context.web3j(), context.transactions(), context.gas(),
                proofs.getContractAddress()).send();
        context.recordContract(BLOCK_MARKET, market.getContractAddress(), market.getTransactionReceipt().orElseThrow());

        AttestationVerifier verifier = AttestationVerifier.deploy(context.web3j(), context.transactions(), context.gas()).send();
        context.recordContract(ATTESTATION_VERIFIER, verifier.getContractAddress(), verifier.getTransactionReceipt().orElseThrow());
    }
}
