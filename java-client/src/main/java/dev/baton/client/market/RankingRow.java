package dev.baton.client.market;

import dev.baton.market.Bytes32;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;

/**
 * One transcript of a height in the ranking: its place by score (1 = best), on-chain rank among
 * proven transcripts (0 = not ranked), the score's inputs and whether a proof was accepted.
 */
public record RankingRow(
        int place,
        int chainRank,
        Bytes32 blockCommitment,
        Address proposer,
        long attempt,
        int provers,
        Amount burnBid,
        BigInteger score,
        TranscriptStatus status,
        boolean proven,
        int contributingProvers) {}
