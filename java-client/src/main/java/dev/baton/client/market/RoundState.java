package dev.baton.client.market;

import dev.baton.market.Bytes32;
import java.util.List;

/**
 * A height's round ({@code roundOf}): when its proposal window started (0 = opens at the next
 * commit), the attempt (bumped when no transcript was proven in time) and the ranked transcript
 * ids, best first.
 */
public record RoundState(long start, long attempt, List<Bytes32> ranking) {
    public RoundState {
        ranking = List.copyOf(ranking);
    }
}
