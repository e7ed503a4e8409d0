// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IRollupModule} from "../interfaces/IRollupModule.sol";

/// @title ModuleArgs
/// @notice Layout of a module clone's immutable arguments (the bytes an EIP-1167 clone carries after its code,
/// read back with `Clones.fetchCloneArgs`). Code costs 200 gas a byte once; storage costs about 690 a byte, and
/// every cold read of it 2,100, so what never changes after registration lives here.
///
/// Layout, big-endian, no padding:
/// - header: uint32 minSequencers, uint32 maxSequencers, uint8 tokenCount;
/// - `tokenCount` tokens of 48 bytes: address token (20), uint128 minStake (16), uint96 weight (12);
/// - the mechanism's own tail (`IRollupModule.cloneArgsTail`), possibly empty.
/// The registry reads the header and the tokens of any module; only the module reads its tail.
library ModuleArgs {
    /// @notice Bytes before the first token.
    uint256 internal constant HEADER_BYTES = 9;
    /// @notice Bytes of one packed token.
    uint256 internal constant TOKEN_BYTES = 48;

    /// @notice Header and tokens of `init` (not validated: the caller does), ready for a tail to be appended.
    function head(IRollupModule.ModuleInit calldata init) internal pure returns (bytes memory packed) {
        return headOf(init.minSequencers, init.maxSequencers, init.tokens);
    }

    /// @notice Header and tokens from their parts.
    function headOf(uint32 minSequencers, uint32 maxSequencers, IRollupModule.StakeToken[] calldata stakeTokens)
        internal
        pure
        returns (bytes memory packed)
    {
        uint256 count = stakeTokens.length;
        packed = abi.encodePacked(minSequencers, maxSequencers, uint8(count));
        // Bounded by the caller's token limit (at most 8 everywhere in the suite).
        for (uint256 i; i < count; ++i) {
            IRollupModule.StakeToken calldata t = stakeTokens[i];
            packed = abi.encodePacked(packed, t.token, t.minStake, t.weight);
        }
    }

    /// @notice `nb_sequencers` bounds and the token count from a header.
    function bounds(bytes memory args)
        internal
        pure
        returns (uint32 minSequencers, uint32 maxSequencers, uint256 tokenCount)
    {
        // The header is the first 9 bytes of the array's data; the shifts keep each big-endian field.
        assembly ("memory-safe") {
            let word := mload(add(args, 0x20))
            minSequencers := shr(224, word)
            maxSequencers := and(shr(192, word), 0xffffffff)
            tokenCount := and(shr(184, word), 0xff)
        }
    }

    /// @notice Token number `i` (the caller checks `i` is below the count).
    function tokenAt(bytes memory args, uint256 i)
        internal
        pure
        returns (address token, uint128 minStake, uint96 weight)
    {
        // Entry i starts HEADER_BYTES + i * TOKEN_BYTES into the data: token at +0 (20 bytes), minStake at +20
        // (16), weight at +36 (12). A word read may run past the entry (or the array); the shifts keep the field.
        assembly ("memory-safe") {
            let entry := add(add(args, 0x29), mul(i, 48))
            token := shr(96, mload(entry))
            minStake := shr(128, mload(add(entry, 20)))
            weight := shr(160, mload(add(entry, 36)))
        }
    }

    /// @notice All tokens of a header.
    function tokens(bytes memory args) internal pure returns (IRollupModule.StakeToken[] memory list) {
        (,, uint256 count) = bounds(args);
        list = new IRollupModule.StakeToken[](count);
        // Bounded by the token count byte (< 256; at most 8 in the suite).
        for (uint256 i; i < count; ++i) {
            (address token, uint128 minStake, uint96 weight) = tokenAt(args, i);
            list[i] = IRollupModule.StakeToken({token: token, minStake: minStake, weight: weight});
        }
    }

    /// @notice Byte offset of the mechanism's tail within the arguments.
    function tailOffset(bytes memory args) internal pure returns (uint256) {
        (,, uint256 count) = bounds(args);
        return HEADER_BYTES + count * TOKEN_BYTES;
    }
}
