package dev.baton.errors;

import java.math.BigInteger;

/**
 * The network's base fee is above the operator's cap on maxFeePerGas, so no includable transaction
 * fits the cap.
 */
public final class FeeCapExceededException extends BatonException {
    public FeeCapExceededException(BigInteger baseFee, BigInteger cap) {
        super("base fee " + baseFee + " wei/gas exceeds the operator fee cap " + cap + " wei/gas");
    }
}
