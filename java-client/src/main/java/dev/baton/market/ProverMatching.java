package dev.baton.market;

import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks one vote per node so that as many nodes as possible get a prover no other node has (maximum
 * bipartite matching by augmenting paths); nodes left over take their first voter, which repeats a
 * prover already used.
 */
final class ProverMatching {
    private final List<List<SignedVote>> candidates;
    private final Map<Address, Integer> nodeOfProver = new HashMap<>();
    private final int[] matchedVote;

    ProverMatching(List<List<SignedVote>> candidates) {
        this.candidates = candidates;
        this.matchedVote = new int[candidates.size()];
        Arrays.fill(matchedVote, -1);
    }

    List<SignedVote> assign() {
        for (int node = 0; node < candidates.size(); node++) {
            augment(node, new boolean[candidates.size()]);
        }
        List<SignedVote> chosen = new ArrayList<>(candidates.size());
        for (int node = 0; node < candidates.size(); node++) {
            int vote = matchedVote[node] >= 0 ? matchedVote[node] : 0;
            chosen.add(candidates.get(node).get(vote));
        }
        return chosen;
    }

    /**
     * Kuhn's step: finds a prover for {@code node}, moving earlier nodes to other provers if
     * needed.
     */
    private boolean augment(int node, boolean[] visited) {
        List<SignedVote> votes = candidates.get(node);
        for (int v = 0; v < votes.size(); v++) {
            Address prover = votes.get(v).prover();
            Integer holder = nodeOfProver.get(prover);
            if (holder == null) {
                take(node, v, prover);
                return true;
            }
            if (!visited[holder]) {
                visited[holder] = true;
                if (augment(holder, visited)) {
                    take(node, v, prover);
                    return true;
                }
            }
        }
        return false;
    }

    private void take(int node, int vote, Address prover) {
        matchedVote[node] = vote;
        nodeOfProver.put(prover, node);
    }
}
