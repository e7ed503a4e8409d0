package dev.baton.internal.registry;

import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.AllowedToken;
import dev.baton.model.request.MinStake;
import dev.baton.model.request.RequestProblem;
import dev.baton.model.request.RequestValidationException;
import dev.baton.model.request.RollupRequest;
import dev.baton.model.request.Selection;
import dev.baton.model.request.SlotAuctionParams;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * A request turned into what the registry stores: token addresses, minimum stakes in token units
 * (the JSON's whole tokens times {@code 10^decimals}) and, for the slot auction, the stake unit
 * derived when the request left it out.
 *
 * @param request the request as read
 * @param tokens one entry per allowed token, in {@code allowed_tokens} order
 * @param selection the request's selection with the stake unit filled in
 */
public record ResolvedRequest(RollupRequest request, List<StakeToken> tokens, Selection selection) {

    private static final BigInteger MAX_UINT128 =
            BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    private static final String TOKENS_PATH = "$.execution_layer_req.min_stake_per_seq";

    public record StakeToken(String address, BigInteger minStake, BigInteger weight) {}

    public ResolvedRequest {
        tokens = List.copyOf(tokens);
    }

    /**
     * @param decimals a token's {@code decimals()} by symbol
     * @throws RequestValidationException when a minimum stake has finer fractions than its token,
     *     overflows, or falls below an explicit stake unit
     */
    public static ResolvedRequest resolve(
            RollupRequest request, DeploymentManifest manifest, ToIntFunction<String> decimals) {
        List<RequestProblem> problems = new ArrayList<>();
        List<StakeToken> tokens = new ArrayList<>();
        for (AllowedToken allowed : request.allowedTokens()) {
            MinStake stake = request.minStake(allowed.sym());
            String path = TOKENS_PATH + "[" + request.minStakePerSeq().indexOf(stake) + "].val";
            int places = decimals.applyAsInt(allowed.sym());
            Optional<BigInteger> units = stake.inUnits(places);
            if (units.isEmpty()) {
                problems.add(
                        new RequestProblem(
                                path,
                                "\""
                                        + stake.val().toPlainString()
                                        + "\" has more decimals than "
                                        + allowed.sym()
                                        + " ("
                                        + places
                                        + ")"));
            } else if (units.get().compareTo(MAX_UINT128) > 0) {
                problems.add(
                        new RequestProblem(
                                path,
                                "\""
                                        + stake.val().toPlainString()
                                        + "\" "
                                        + allowed.sym()
                                        + " is "
                                        + units.get()
                                        + " token units, above the uint128 maximum"));
            } else {
                tokens.add(
                        new StakeToken(manifest.token(allowed.sym()), units.get(), stake.weight()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestValidationException(problems);
        }
        Selection selection =
                request.selection() instanceof SlotAuctionParams auction
                        ? withStakeUnit(auction, tokens, request)
                        : request.selection();
        return new ResolvedRequest(request, tokens, selection);
    }

    /**
     * The smallest weighted minimum by default; an explicit unit must not exceed any token's
     * weighted minimum.
     */
    private static SlotAuctionParams withStakeUnit(
            SlotAuctionParams p, List<StakeToken> tokens, RollupRequest request) {
        BigInteger smallest =
                tokens.stream()
                        .map(t -> t.minStake().multiply(t.weight()))
                        .min(BigInteger::compareTo)
                        .orElseThrow()
                        .min(MAX_UINT128);
        if (p.stakeUnit().isEmpty()) {
            return p.withStakeUnit(smallest);
        }
        BigInteger unit = p.stakeUnit().get();
        List<RequestProblem> problems = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            BigInteger weighted = tokens.get(i).minStake().multiply(tokens.get(i).weight());
            if (weighted.compareTo(unit) < 0) {
                String sym = request.allowedTokens().get(i).sym();
                problems.add(
                        new RequestProblem(
                                "$.execution_layer_req.selection.stake_unit",
                                "stake_unit "
                                        + unit
                                        + " is above the minimum stake of \""
                                        + sym
                                        + "\" ("
                                        + tokens.get(i).minStake()
                                        + " token units x weight "
                                        + tokens.get(i).weight()
                                        + " = "
                                        + weighted
                                        + "): a minimum bid would carry no allocation unit"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestValidationException(problems);
        }
        return p;
    }
}
