// Regenerates the ABI test vectors in this folder with ethers (an independent encoder), from typed on-chain values
// written out by hand. Run from the repository root: node java-client/src/test/resources/registry/make-vectors.cjs
const { Interface, AbiCoder, id } = require('ethers');
const fs = require('fs');
const path = require('path');

const token = (i) => '0x' + (0x1000 + i).toString(16).padStart(40, '0');
const contract = (n) => '0x' + n.toString(16).padStart(40, '0');
const ALT = token(0), STSOL = token(1), BTN = token(2);
const REQUEST = '((uint8,uint8,uint8,uint8,uint8),uint32,uint32,(address,uint128,uint96)[],bytes32,bytes)';
const SLOT = 'tuple(uint64,uint16,uint32,uint32,uint32,uint32,uint32,uint128,uint32,address,uint128,uint128,uint32,bool)';
const MARKET = 'tuple(address,uint32,uint32,uint32,uint32,uint32,bool,uint16,uint16,uint8,uint16,uint16,uint96,uint96,uint128,uint128)';
const registry = new Interface([
  `function register(${REQUEST} request)`,
  `event RollupRegistered(uint64 indexed rollupId, address indexed owner, address indexed module, ${REQUEST} request)`,
  `function rollup(uint64 rollupId) view returns ((address,address,address,bool,uint32,uint32,bytes32,(uint8,uint8,uint8,uint8,uint8),(address,uint128,uint96)[]))`,
]);
const coder = AbiCoder.defaultAbiCoder();

// The seed request with the default selection (see RollupRequestSeedTest). ALT has 18 decimals, stSOL 9: the minimum
// stakes are 100 ALT = 100e18 and 1000 stSOL = 1e12 token units; the derived stake unit is the smaller, 1e12.
const ALT_MIN = 100n * 10n ** 18n, STSOL_MIN = 1000n * 10n ** 9n;
const seedParams = coder.encode([SLOT], [[0, 32, 1, 24, 4, 32, 64, STSOL_MIN, 1024, ALT, 0, 0, 1, false]]);
const seed = [[0, 1, 1, 0, 1], 3, 3, [[ALT, ALT_MIN, 1], [STSOL, STSOL_MIN, 1]], id('baton.slot-auction'), seedParams];
// good/block-market.json (1 BTN, 18 decimals) with its defaults (AttestationVerifier is contract 0x2003 in the test manifest).
const marketParams = coder.encode([MARKET], [[contract(0x2003), 24, 300, 3600, 100, 7200, true, 128, 16, 2, 500, 1000,
  1, 1, 2000000000000000000n, 0]]);
const market = [[3, 1, 0, 1, 1], 1, 1, [[BTN, 1000000000000000000n, 1]], id('baton.block-market'), marketParams];

// Governance: pause(7) and evict(7, 0xbad) wrapped for the timelock, salt 0x..01, delay 3600 s.
const timelock = new Interface([
  'function schedule(address,uint256,bytes,bytes32,bytes32,uint256)',
  'function execute(address,uint256,bytes,bytes32,bytes32)',
  'function pause(uint64)',
  'function evict(uint64,address)',
]);
const REGISTRY = contract(0x2002);
const SALT = '0x' + '00'.repeat(31) + '01';
const ZERO = '0x' + '00'.repeat(32);
const pauseData = timelock.encodeFunctionData('pause', [7]);
const evictData = timelock.encodeFunctionData('evict', [7, contract(0xBAD)]);
const opId = (data) => require('ethers').keccak256(coder.encode(['address', 'uint256', 'bytes', 'bytes32', 'bytes32'],
  [REGISTRY, 0, data, ZERO, SALT]));

const out = {
  rollupRegisteredTopic: registry.getEvent('RollupRegistered').topicHash,
  pauseData,
  pauseSchedule: timelock.encodeFunctionData('schedule', [REGISTRY, 0, pauseData, ZERO, SALT, 3600]),
  pauseExecute: timelock.encodeFunctionData('execute', [REGISTRY, 0, pauseData, ZERO, SALT]),
  pauseOperationId: opId(pauseData),
  evictData,
  evictOperationId: opId(evictData),
  seedRegister: registry.encodeFunctionData('register', [seed]),
  blockMarketRegister: registry.encodeFunctionData('register', [market]),
  seedParams,
  blockMarketParams: marketParams,
  // What rollup(7) returns for the seed rollup, paused, with a pending owner (IRollupRegistry.Rollup's field order).
  seedRollupResult: registry.encodeFunctionResult('rollup', [[contract(0xA11CE), contract(0xB0B), contract(0xC10E),
    true, 3, 3, id('baton.slot-auction'), [0, 1, 1, 0, 1], [[ALT, ALT_MIN, 1], [STSOL, STSOL_MIN, 1]]]]),
};
fs.writeFileSync(path.join(__dirname, 'vectors.json'), JSON.stringify(out, null, 2) + '\n');
