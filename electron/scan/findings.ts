import type { FactName, Facts } from '../../knowledge/contract/facts';
import { factShapes } from '../../knowledge/contract/facts';
import type { AuthTally, ScanReport, ScannedFile, SignatureFinding } from '../../knowledge/contract/scan';
import { factsAcrossLogs } from '../../knowledge/contract/scan';
import { isAscii } from 'node:buffer';
import type { Signature } from '../../knowledge/schema';
import type { EventMatch } from './events';
import { isEventStart } from './events';
import type { Probe } from './probes';
import { maskLogText } from './masking';

/** What the scan keeps: bounded, whatever the size of the logs. */
const SAMPLES = 3;
const SAMPLE_CHARS = 400;
const ERRORS_PER_SIGNATURE = 3;
const ERRORS_TOTAL = 50;
const ERROR_CHARS = 300;
/** Requests remembered to join the security log with the LDAP debug lines of the same request. */
const REQUESTS = 50_000;

/** Informational lines (a successful login, a debug lookup) are not errors unless they point to a cause. */
const SEVERE = /\s(?:ERROR|WARN|FATAL)\s/;

/** A log event's time: `raw` as written, turned into ISO 8601 only for what is reported. */
type Seen = { epoch: number; raw: string };

/**
 * A first or last time seen, changed in place (no object or string per event). The ordinary path
 * keeps the text it parsed; the byte path keeps the numbers the stamp was read as, from which the
 * same text is written when it is reported, or, for a stamp those numbers would not give back
 * (a day or hour out of range), a copy of its bytes.
 */
class Moment {
  epoch = 0;
  private text: string | undefined;
  /** The stamp's local time, its separator before the milliseconds and its offset, as `StampReader` read them. */
  private local = 0;
  private separator = 0;
  private offset = NO_OFFSET;
  private bytes: Buffer | undefined;
  private length = 0;

  set(seen: Seen): void {
    this.epoch = seen.epoch;
    this.text = seen.raw;
  }

  read(stamp: StampReader, region: Buffer, start: number): void {
    this.epoch = stamp.epoch;
    this.text = undefined;
    if (stamp.rewritable) {
      this.local = stamp.local;
      this.separator = stamp.separator;
      this.offset = stamp.offset;
      this.length = 0;
      return;
    }
    const bytes = (this.bytes ??= Buffer.alloc(STAMP_MAX));
    for (let k = 0; k < stamp.length; k++) bytes[k] = region[start + k]!;
    this.length = stamp.length;
  }

  get raw(): string {
    if (this.text !== undefined) return this.text;
    if (this.length) return (this.text = this.bytes!.toString('latin1', 0, this.length));
    const iso = new Date(this.local).toISOString();
    return (this.text = `${iso.slice(0, 10)} ${iso.slice(11, 19)}${String.fromCharCode(this.separator)}${iso.slice(20, 23)}${offsetText(this.offset)}`);
  }
}

/** The longest timestamp read: `2023-02-20 17:09:00,982+00:00`. */
const STAMP_MAX = 29;
/** A stamp's offset as `StampReader` reads it: none, `Z`, or `±hhmm` / `±hh:mm` as ((hh * 100 + mm) * 4 + colon * 2 + minus). */
const NO_OFFSET = -1;
const ZULU = -2;

function offsetText(offset: number): string {
  if (offset === NO_OFFSET) return '';
  if (offset === ZULU) return 'Z';
  const hhmm = offset >> 2;
  const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  return `${offset & 1 ? '-' : '+'}${pad(Math.floor(hhmm / 100))}${offset & 2 ? ':' : ''}${pad(hhmm % 100)}`;
}

/** Widens `first` and `last` with a time: an earlier one replaces the first, a later or equal one the last. */
function widen(span: { first?: Moment; last?: Moment }, seen: Seen): void {
  if (!span.first || seen.epoch < span.first.epoch) (span.first ??= new Moment()).set(seen);
  if (!span.last || seen.epoch >= span.last.epoch) (span.last ??= new Moment()).set(seen);
}

/** `widen` with the time `stamp` read from the bytes at `start`. */
function widenFromBytes(span: { first?: Moment; last?: Moment }, region: Buffer, start: number, stamp: StampReader): void {
  if (!span.first || stamp.epoch < span.first.epoch) (span.first ??= new Moment()).read(stamp, region, start);
  if (!span.last || stamp.epoch >= span.last.epoch) (span.last ??= new Moment()).read(stamp, region, start);
}

/** A user's login outcomes; the times of the first and last failure stay moments until reported. */
/**
 * A user's login outcomes, every one with the same fields from the start (a login line updates one
 * of thousands: objects of one shape keep that update cheap); made an AuthTally when reported.
 */
class Tally {
  passed = 0;
  failed = 0;
  notPermitted = 0;
  captcha = 0;
  /** The highest failure count seen; -1 before any. */
  maxFailureCount = -1;
  /** The times of the first and last failure stay moments until reported. */
  readonly failures: { first: Moment | undefined; last: Moment | undefined } = { first: undefined, last: undefined };

  constructor(
    readonly user: string,
    readonly node: string | undefined,
  ) {}

  report(): AuthTally {
    const { first, last } = this.failures;
    return {
      user: this.user,
      ...(this.node ? { node: this.node } : {}),
      passed: this.passed,
      failed: this.failed,
      notPermitted: this.notPermitted,
      captcha: this.captcha,
      ...(this.maxFailureCount >= 0 ? { maxFailureCount: this.maxFailureCount } : {}),
      ...(first ? { firstFailure: isoTime(first) } : {}),
      ...(last ? { lastFailure: isoTime(last) } : {}),
    };
  }
}

/** Bytes looked for at a given place in a line, compared four at a time where they fit. */
class Needle {
  readonly bytes: Buffer;
  /** The bytes four at a time, little-endian, as a DataView reads them. */
  private readonly words: Int32Array;

  constructor(text: string) {
    this.bytes = Buffer.from(text);
    this.words = Int32Array.from({ length: this.bytes.length >> 2 }, (_, w) => this.bytes.readInt32LE(w * 4));
  }

  get length(): number {
    return this.bytes.length;
  }

  /** True when the bytes stand at `at` in `region` (`view` reads the same memory), ending by `end`. */
  at(region: Buffer, view: DataView, at: number, end: number): boolean {
    const { bytes, words } = this;
    if (at < 0 || at + bytes.length > end) return false;
    for (let w = 0; w < words.length; w++) if (view.getInt32(at + 4 * w, true) !== words[w]) return false;
    for (let k = words.length * 4; k < bytes.length; k++) if (region[at + k] !== bytes[k]) return false;
    return true;
  }
}

/** The outcome probe of a login line and the catalogue's signature of the same line, if any. */
export type LoginProbes = {
  passed: boolean;
  text: Needle;
  /** The search's literal is `text` itself: an exact hit needs no second look. */
  literalIsText: boolean;
  signature: Signature | undefined;
  /** The signature keeps every matching line as an error line while it wants them, severe or not. */
  alwaysError: boolean;
  /** The signature's finding, once there is one (it stays the same object). */
  finding?: SignatureFinding & { first: Moment | undefined; last: Moment | undefined };
  /** The signature keeps no more error lines (its quota or the scan's is spent, for good). */
  errorsKept: boolean;
  /** The scan's count of error lines when `errorsKept` was last worked out (it changes only when one is kept). */
  errorsAt: number;
};

const PASSED = new Needle("' has PASSED authentication.");
const FAILED = new Needle("' has FAILED authentication.");
const FAILURE_COUNT = new Needle('Failure count equals ');
const THE_USER = new Needle('The user ');
const QUOTE = 0x27;

/**
 * Where SEVERE's words stand in a region: for each, its next occurrence from where it was last
 * looked for, so a region's events, asked in order, cost one native search per word in all.
 */
class SevereWords {
  private region: Buffer | undefined;
  private readonly from = new Int32Array(SEVERE_WORD_COUNT);
  /** The next occurrence at or after `from`; the region's length when there is none. */
  private readonly next = new Int32Array(SEVERE_WORD_COUNT);

  /** False when the line `region[start, end)` cannot match SEVERE: none of its words is there. */
  mayBeSevere(region: Buffer, start: number, end: number): boolean {
    if (region !== this.region) {
      this.region = region;
      this.from.fill(region.length + 1);
    }
    for (let w = 0; w < SEVERE_WORD_COUNT; w++) {
      if (start < this.from[w]! || this.next[w]! < start) {
        this.from[w] = start;
        this.next[w] = nextWord(region, w, start);
      }
      if (this.next[w]! + SEVERE_WORDS[w]!.length <= end) return true;
    }
    return false;
  }
}

const SEVERE_WORD_COUNT = 3;
const SEVERE_WORDS = ['ERROR', 'WARN', 'FATAL'].map((w) => Buffer.from(w));
/**
 * Where in each word the byte stands that is looked for first: one that login lines seldom hold
 * (not the E of PASSED, the O and F of INFO, nor the T of "The user"). A search for one byte is
 * a fast native call, a search for several bytes a slow one, and it is made once per occurrence.
 */
const SEVERE_KEYS = [1, 0, 4];

/** The first occurrence of severe word `w` in `region` at or after `from`; the region's length when there is none. */
function nextWord(region: Buffer, w: number, from: number): number {
  const word = SEVERE_WORDS[w]!;
  const k = SEVERE_KEYS[w]!;
  const key = word[k]!;
  for (let i = region.indexOf(key, from + k); i !== -1; i = region.indexOf(key, i + 1)) {
    const at = i - k;
    let n = 0;
    while (n < word.length && region[at + n] === word[n]) n++;
    if (n === word.length) return at;
  }
  return region.length;
}

/** JavaScript's `\s` among ASCII bytes. */
function isSpace(b: number): boolean {
  return b === 32 || (b >= 9 && b <= 13);
}
type Where = { file: ScannedFile };

/** Accumulates what the probes match, file after file, and turns it into the report. */
export class Findings {
  private readonly signatures = new Map<string, SignatureFinding & { first: Moment | undefined; last: Moment | undefined }>();
  private readonly errors = new Map<string, string[]>();
  private errorCount = 0;
  /** Error messages a browser recording showed (OAuth errors, "XSRF check failed"), and the recordings' names. */
  private recordingErrors: { errors: string[]; file: string } | undefined;
  /** Login outcomes by node, then user; `tallies` keeps them in the order first seen. */
  private readonly auth = new Map<string, Map<string, Tally>>();
  private readonly tallies: Tally[] = [];
  /** The tallies of ASCII users by node, found by the bytes of their name, for the byte path. */
  private readonly byBytes = new Map<string, UserTable>();
  private lastUsers: { node: string | undefined; table: UserTable } | undefined;
  private readonly loginProbes = new Map<readonly Probe[], LoginProbes | null>();
  private readonly stamp = new StampReader();
  private readonly severe = new SevereWords();
  /** The region last asked about, whether it is ASCII throughout (then each of its events is), and a view to read it four bytes at a time. */
  private region: Buffer | undefined;
  private regionIsAscii = false;
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  private readonly ldap = new Map<string, { url: string; node?: string; count: number }>();
  /** Per node and request id: what the LDAP searches returned, and the login outcome. */
  private readonly ldapResults = new RecentMap<{ none: boolean; some: boolean }>(REQUESTS);
  private readonly logins = new RecentMap<{ user: string; passed: boolean }>(REQUESTS);
  private readonly facts: Facts = {};
  private readonly factSources: ScanReport['factSources'] = {};
  private readonly notes: string[] = [];
  jvm: ScanReport['jvm'];
  versions: ScanReport['versions'] = {};
  /**
   * When each value was seen: a support zip's properties describe the running Jira and win; among
   * startup banners the latest start wins (rotated logs hold older starts).
   */
  private readonly valueTime = new Map<'jvm' | 'jira' | 'jsm', number>();
  /** The first file each kind of evidence came from, to say where a derived fact comes from. */
  private readonly firstFile = new Map<'login' | 'ldap', string>();
  /** The first file with a login is known (the byte path asks only once). */
  private loginFileKnown = false;

  private newest(value: 'jvm' | 'jira' | 'jsm', epoch: number): boolean {
    if ((this.valueTime.get(value) ?? -Infinity) > epoch) return false;
    this.valueTime.set(value, epoch);
    return true;
  }

  record(event: EventMatch, where: Where): void {
    const { probe } = event;
    if (probe.signature) this.signature(event, where);
    else this.extract(event, where);
  }

  private signature({ probe, match, text, line }: EventMatch, { file }: Where): void {
    const signature = probe.signature!;
    const at = this.time(text);
    let finding = this.signatures.get(signature.id);
    // Most events only add to a count: the matching line is cut out only while samples or errors are wanted.
    const wantsError = this.wantsError(signature.id) && (signature.supports.length > 0 || signature.sets !== undefined || SEVERE.test(firstLine(text)));
    const matched = !finding || finding.samples.length < SAMPLES || wantsError ? matchedLine(text, match.index) : undefined;
    if (!finding) {
      finding = {
        id: signature.id,
        title: signature.title,
        meaning: signature.meaning,
        supports: [...signature.supports],
        count: 0,
        file: file.name,
        line: line + matched!.offsetLines,
        samples: [],
        // Present from the start, so every finding has one shape (the byte path updates them often).
        first: undefined,
        last: undefined,
      };
      this.signatures.set(signature.id, finding);
      for (const [fact, value] of Object.entries(signature.sets ?? {}) as [FactName, string | number | boolean][]) {
        this.setFact(fact, value, file.name, `the log line "${signature.title}" (${file.name}, line ${finding.line})`);
      }
    }
    finding.count++;
    if (at) widen(finding, at);
    if (matched && finding.samples.length < SAMPLES) finding.samples.push(sample(text, matched.text));
    if (matched && wantsError) this.error(signature.id, probe.regex, match, matched.text);
  }

  private wantsError(id: string): boolean {
    return (this.errors.get(id)?.length ?? 0) < ERRORS_PER_SIGNATURE && this.errorCount < ERRORS_TOTAL;
  }

  /** The event's time, parsed once per event however many probes match it. */
  private lastTime: { text: string; at: Seen | undefined } | undefined;
  private time(text: string): Seen | undefined {
    if (this.lastTime?.text !== text) this.lastTime = { text, at: timestamp(text) };
    return this.lastTime.at;
  }

  /** Keeps the error message verbatim (masked) from where the signature matched, so the engine can match it again. */
  private error(id: string, regex: RegExp, match: RegExpExecArray, line: string): void {
    const list = this.errors.get(id) ?? [];
    if (list.length >= ERRORS_PER_SIGNATURE || this.errorCount >= ERRORS_TOTAL) return;
    // Masked before it is cut: a secret cut in two would not be recognised, and half of it would stay.
    const candidates = [maskLogText(errorMessage(line, match[0])).slice(0, ERROR_CHARS), maskLogText(match[0])];
    const text = candidates.find((c) => regex.test(c));
    if (!text || list.includes(text)) return;
    list.push(text);
    this.errors.set(id, list);
    this.errorCount++;
  }

  private extract({ probe, match, text }: EventMatch, { file }: Where): void {
    switch (probe.extractor) {
      case 'jvmArgs': {
        const args = maskLogText(match[1]!.trim());
        if (args && this.newest('jvm', this.time(text)?.epoch ?? 0)) this.jvm = { args, file: file.name };
        break;
      }
      case 'jiraVersion':
        if (this.newest('jira', this.time(text)?.epoch ?? 0)) this.versions.jira = { version: match[1]!, file: file.name };
        break;
      case 'jsmVersion':
        if (this.newest('jsm', this.time(text)?.epoch ?? 0)) this.versions.jsm = { version: match[1]!, file: file.name };
        break;
      case 'authPassed':
        if (!this.firstFile.has('login')) this.firstFile.set('login', file.name);
        this.tally(match[1]!, file.node).passed++;
        this.login(text, file.node, match[1]!, true);
        break;
      case 'authFailed': {
        if (!this.firstFile.has('login')) this.firstFile.set('login', file.name);
        this.login(text, file.node, match[1]!, false);
        const tally = this.tally(match[1]!, file.node);
        tally.failed++;
        tally.maxFailureCount = Math.max(tally.maxFailureCount, Number(match[2]));
        const at = this.time(text);
        if (at) widen(tally.failures, at);
        break;
      }
      case 'authNotPermitted':
        this.tally(match[1]!, file.node).notPermitted++;
        break;
      case 'authCaptcha':
        this.tally(match[1]!, file.node).captcha++;
        break;
      case 'ldapContext': {
        if (!this.firstFile.has('ldap')) this.firstFile.set('ldap', file.name);
        const key = `${file.node ?? ''}\n${match[1]}`;
        const entry = this.ldap.get(key) ?? { url: match[1]!, ...(file.node ? { node: file.node } : {}), count: 0 };
        entry.count++;
        this.ldap.set(key, entry);
        break;
      }
      case 'ldapResults': {
        if (!this.firstFile.has('ldap')) this.firstFile.set('ldap', file.name);
        const key = requestKey(text, file.node);
        if (!key) break;
        const seen = this.ldapResults.get(key) ?? { none: false, some: false };
        if (match[1] === '0') seen.none = true;
        else seen.some = true;
        this.ldapResults.set(key, seen);
        break;
      }
      case undefined:
        break;
    }
  }

  private login(text: string, node: string | undefined, user: string, passed: boolean): void {
    // Only logins whose LDAP searches were logged (debug logging) can be joined; the application
    // log is read before the security log, so those are known by now.
    const key = this.ldapResults.size ? requestKey(text, node) : undefined;
    if (key && this.ldapResults.get(key)) this.logins.set(key, { user, passed });
  }

  /**
   * Article 000, Cause 1: on a failing login the user's groups do not come back from LDAP. Claimed
   * only when the debug lines show it for one user: a failed login whose LDAP searches all returned
   * nothing, and a successful login whose searches found entries.
   */
  private groupsMissingOnFailure(): { user: string; failed: string; passed: string } | undefined {
    const failedEmpty = new Map<string, string>();
    const passedFound = new Map<string, string>();
    for (const [key, login] of this.logins.entries()) {
      const ldap = this.ldapResults.get(key);
      if (!ldap) continue;
      if (!login.passed && ldap.none && !ldap.some) failedEmpty.set(login.user, key);
      if (login.passed && ldap.some) passedFound.set(login.user, key);
    }
    for (const [user, failed] of failedEmpty) {
      const passed = passedFound.get(user);
      if (passed) return { user, failed: failed.split('\n')[1]!, passed: passed.split('\n')[1]! };
    }
    return undefined;
  }

  /** Values read from a support zip's application properties. */
  fromProperties(found: { jvmArgs?: string; jiraVersion?: string; jsmVersion?: string }, file: string): void {
    if (found.jvmArgs && this.newest('jvm', Infinity)) this.jvm = { args: maskLogText(found.jvmArgs), file };
    if (found.jiraVersion && this.newest('jira', Infinity)) this.versions.jira = { version: found.jiraVersion, file };
    if (found.jsmVersion && this.newest('jsm', Infinity)) this.versions.jsm = { version: found.jsmVersion, file };
  }

  /** The facts and error messages of browser recordings (the logs' own, set first, win). */
  fromRecording(recorded: { facts: Facts; sources: Partial<Record<FactName, string>>; errors: string[]; file: string }): void {
    for (const [fact, value] of Object.entries(recorded.facts) as [FactName, unknown][]) {
      this.setFact(fact, value, recorded.file, `the browser recording: ${recorded.sources[fact] ?? ''}`);
    }
    if (recorded.errors.length) this.recordingErrors = { errors: recorded.errors, file: recorded.file };
  }

  private tally(user: string, node: string | undefined): Tally {
    let byUser = this.auth.get(node ?? '');
    if (!byUser) this.auth.set(node ?? '', (byUser = new Map<string, Tally>()));
    let tally = byUser.get(user);
    if (!tally) {
      tally = new Tally(user, node);
      byUser.set(user, tally);
      this.tallies.push(tally);
      // ASCII only: a name any of whose characters takes more than one byte in UTF-8 is never read from the bytes.
      if (Buffer.byteLength(user, 'utf8') === user.length) this.usersOf(node).add(tally);
    }
    return tally;
  }

  /** The byte path's table of a node's ASCII users; the last one asked for is kept at hand (a file is one node). */
  private usersOf(node: string | undefined): UserTable {
    const last = this.lastUsers;
    if (last && last.node === node) return last.table;
    let table = this.byBytes.get(node ?? '');
    if (!table) this.byBytes.set(node ?? '', (table = new UserTable()));
    this.lastUsers = { node, table };
    return table;
  }

  /** The tally of the ASCII user named by `region[from, to)`, found without making a string unless it is new. */
  private tallyFromBytes(region: Buffer, from: number, to: number, node: string | undefined): Tally {
    return this.usersOf(node).find(region, from, to) ?? this.tally(region.toString('latin1', from, to), node);
  }

  /**
   * The login probes among `probes` (an outcome, alone or with its twin signature): what
   * `loginFromBytes` needs to read the lines whose only hit has them; undefined when it does not read them.
   */
  loginProbesOf(probes: readonly Probe[], literal: string): LoginProbes | undefined {
    let found = this.loginProbes.get(probes);
    if (found === undefined) {
      const outcome = probes.find((p) => p.extractor === 'authPassed' || p.extractor === 'authFailed');
      const twin = probes.find((p) => p !== outcome);
      const usable = outcome && probes.length <= 2 && (!twin || twin.sameAs === outcome.extractor);
      const passed = outcome?.extractor === 'authPassed';
      const signature = twin?.signature;
      const alwaysError = signature !== undefined && (signature.supports.length > 0 || signature.sets !== undefined);
      const text = passed ? PASSED : FAILED;
      found = usable ? { passed, text, literalIsText: text.bytes.equals(Buffer.from(literal)), signature, alwaysError, errorsKept: false, errorsAt: -1 } : null;
      this.loginProbes.set(probes, found);
    }
    return found ?? undefined;
  }

  /** `region`, read four bytes at a time. */
  private viewOf(region: Buffer): DataView {
    if (region !== this.region) {
      this.region = region;
      this.regionIsAscii = isAscii(region);
      this.view = new DataView(region.buffer, region.byteOffset, region.length);
    }
    return this.view;
  }

  /** Whether the event `region[start, end)` is ASCII (after `viewOf` the region). */
  private isAsciiEvent(region: Buffer, start: number, end: number): boolean {
    return this.regionIsAscii || isAscii(region.subarray(start, end));
  }

  /**
   * The security log's login outcomes read from the bytes (most of a busy security log is these
   * lines): the user is what stands between "The user '" and the outcome, the failure count follows
   * it, and the time is parsed from the bytes only where it is needed. The catalogue's own
   * signature of the same line only adds to its count once its samples and error lines are kept.
   * Anything unusual (not ASCII, the LDAP join wanted, a possibly severe line, another layout) is
   * left to the ordinary path, which gives the same result: nothing changes before every check passed.
   */
  loginFromBytes(region: Buffer, start: number, end: number, at: number, login: LoginProbes, exact: boolean, file: ScannedFile): boolean {
    if (this.ldapResults.size) return false;
    const { passed, text, signature } = login;
    const view = this.viewOf(region);
    if (!(exact && login.literalIsText) && !text.at(region, view, at, end)) return false;
    if (!this.isAsciiEvent(region, start, end)) return false;
    let quote = at - 1;
    while (quote >= start && region[quote] !== QUOTE) quote--;
    if (quote < start + THE_USER.length || !THE_USER.at(region, view, quote - THE_USER.length, quote)) return false;
    let failures = 0;
    if (!passed) {
      let i = at + text.length;
      const spaces = i;
      while (i < end && isSpace(region[i]!)) i++;
      if (i === spaces || !FAILURE_COUNT.at(region, view, i, end)) return false;
      i += FAILURE_COUNT.length;
      const digits = i;
      while (i < end && region[i]! >= 48 && region[i]! <= 57) i++;
      // Up to 15 digits the sum below is exact, as Number() of the text is.
      if (i === digits || i - digits > 15) return false;
      for (let k = digits; k < i; k++) failures = failures * 10 + region[k]! - 48;
    }
    let finding: LoginProbes['finding'];
    if (signature) {
      finding = login.finding ??= this.signatures.get(signature.id);
      if (!finding || finding.samples.length < SAMPLES) return false;
      if (!login.errorsKept) {
        if (login.errorsAt !== this.errorCount) {
          login.errorsAt = this.errorCount;
          login.errorsKept = !this.wantsError(signature.id);
        }
        if (!login.errorsKept && (login.alwaysError || this.severe.mayBeSevere(region, start, end))) return false;
      }
    }

    const timed = (!passed || finding !== undefined) && this.stamp.read(region, view, start, end);
    if (finding) {
      finding.count++;
      if (timed) widenFromBytes(finding, region, start, this.stamp);
    }
    if (!this.loginFileKnown) {
      this.loginFileKnown = true;
      if (!this.firstFile.has('login')) this.firstFile.set('login', file.name);
    }
    const tally = this.tallyFromBytes(region, quote + 1, at, file.node);
    if (passed) {
      tally.passed++;
      return true;
    }
    tally.failed++;
    if (failures > tally.maxFailureCount) tally.maxFailureCount = failures;
    if (timed) widenFromBytes(tally.failures, region, start, this.stamp);
    return true;
  }

  private setFact(fact: FactName, value: unknown, file: string, why: string): void {
    if (!factShapes[fact].safeParse(value).success) return;
    const known = (this.facts as Record<string, unknown>)[fact];
    if (known !== undefined) {
      if (known !== value) this.notes.push(`${fact}: the logs point both to ${JSON.stringify(known)} and ${JSON.stringify(value)}; kept the first`);
      return;
    }
    (this.facts as Record<string, unknown>)[fact] = value;
    this.factSources[fact] = { file, why };
  }

  /**
   * The facts the evidence supports, each with where it came from. Never a guess: absent when
   * unsure. `nodeFiles` names one file per node, to say where the nodes were told apart.
   */
  conclude(nodes: readonly string[], nodeFiles: readonly string[] = []): Pick<ScanReport, 'facts' | 'factSources' | 'signatures' | 'authentication' | 'ldapServers' | 'jvm' | 'versions'> & { notes: string[] } {
    const logged = [...this.errors.values()].flat();
    const recorded = this.recordingErrors?.errors.filter((e) => !logged.includes(e)) ?? [];
    const errors = [...logged, ...recorded];
    if (errors.length) {
      this.facts.errors = errors;
      const why = [
        logged.length ? `${logged.length} distinct error line(s) of the catalogue` : '',
        recorded.length ? `${recorded.length} error message(s) from the browser recording` : '',
      ].filter(Boolean);
      this.factSources.errors = { file: logged.length ? this.firstFileOf([...this.errors.keys()]) : this.recordingErrors!.file, why: `${why.join(' and ')}, secrets masked` };
    }
    if (this.jvm) this.setFact('jvm.args', this.jvm.args, this.jvm.file, 'the JVM input arguments Jira started with');
    if (this.versions.jira) this.setFact('jira.version', this.versions.jira.version, this.versions.jira.file, 'the Jira version the logs state');
    if (this.versions.jsm) {
      this.setFact('jsm.version', this.versions.jsm.version, this.versions.jsm.file, 'the version of the Jira Service Management mail plugin named in the logs');
    }

    const authentication: AuthTally[] = this.tallies.map((tally) => tally.report());
    const ldapServers = [...this.ldap.values()];
    const across = factsAcrossLogs({ authentication, ldapServers, nodes });
    const fileOf = { 'rest401.pattern': this.firstFile.get('login')!, 'ldap.clustered': this.firstFile.get('ldap')!, 'jira.clustered': nodeFiles.join(', ') };
    const intermittent = across.find((f) => f.fact === 'rest401.pattern');
    if (intermittent) this.setFact(intermittent.fact, intermittent.value, fileOf[intermittent.fact], intermittent.why);

    const missing = this.groupsMissingOnFailure();
    if (missing) {
      this.setFact(
        'user.groupsMissingOnFailure',
        true,
        `${this.firstFile.get('ldap')} and ${this.firstFile.get('login')}`,
        `for ${missing.user}, the LDAP searches of a failed login (request ${missing.failed}) returned nothing, while a successful login (request ${missing.passed}) found entries`,
      );
    }

    for (const { fact, value, why } of across) if (fact !== 'rest401.pattern') this.setFact(fact, value, fileOf[fact], why);

    const signatures = [...this.signatures.values()]
      .map(({ first, last, ...f }) => ({ ...f, ...(first ? { firstSeen: isoTime(first) } : {}), ...(last ? { lastSeen: isoTime(last) } : {}) }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    authentication.sort((a, b) => b.failed - a.failed || a.user.localeCompare(b.user));
    return {
      facts: this.facts,
      factSources: this.factSources,
      signatures,
      authentication,
      ldapServers,
      ...(this.jvm ? { jvm: this.jvm } : {}),
      versions: this.versions,
      notes: this.notes,
    };
  }

  private firstFileOf(ids: string[]): string {
    return this.signatures.get(ids[0]!)?.file ?? 'logs';
  }
}

/** Node and request id (`1029x10688423x2`, a column of the security log and the application log) of an event. */
function requestKey(text: string, node: string | undefined): string | undefined {
  const id = /^\S+ \S+ +(?:\S+ +){1,3}?(\d+x\d+x\d+) /.exec(text)?.[1];
  return id ? `${node ?? ''}\n${id}` : undefined;
}

/** A map of the most recent entries, in two generations: when the young one is full, the old one is dropped. */
class RecentMap<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.young.size + this.old.size;
  }

  get(key: string): V | undefined {
    return this.young.get(key) ?? this.old.get(key);
  }

  set(key: string, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.limit / 2) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  entries(): [string, V][] {
    return [...new Map([...this.old, ...this.young])];
  }
}

/** The time of a log event from its first line, as ISO 8601 (the offset kept when the log has one). */
export function timestamp(text: string): Seen | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const local = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!);
  const epoch = m[8] ? local - (m[8] === '-' ? -1 : 1) * (+m[9]! * 60 + +m[10]!) * 60_000 : local;
  return Number.isNaN(epoch) ? undefined : { epoch, raw: m[0] };
}

/**
 * `timestamp` of an ASCII event, read from its bytes into `epoch` and `length` (the raw text's):
 * the same grammar as TIMESTAMP (an offset `+hhmm`, `+hh:mm` or `Z` is optional) and the same
 * arithmetic, as Date.UTC adds the time of day to the day linearly. Consecutive lines mostly share
 * their minute, so the date, hour and minute are worked out once per minute, when the first 16
 * bytes change. `rewritable`: the local time, separator and offset give the raw text back (a real
 * day of a four-digit year, an hour, minute and second in range), so a moment keeps them instead of the bytes.
 */
class StampReader {
  epoch = NaN;
  length = 0;
  local = NaN;
  separator = 0;
  offset = NO_OFFSET;
  rewritable = false;
  /** The first 16 bytes (`yyyy-MM-dd HH:mm`) of the last stamp that started like one (also four at a time), and what they were read as. */
  private readonly minute = Buffer.alloc(16);
  private readonly minuteWords = new Int32Array(4);
  private minuteKnown = false;
  private minuteEpoch = NaN;
  private minuteValid = false;
  private dayEpoch = NaN;
  private realDay = false;

  /** `view` reads the memory of `region`. */
  read(region: Buffer, view: DataView, start: number, end: number): boolean {
    if (start + 23 > end) return false;
    const words = this.minuteWords;
    const sameMinute =
      this.minuteKnown &&
      view.getInt32(start, true) === words[0] &&
      view.getInt32(start + 4, true) === words[1] &&
      view.getInt32(start + 8, true) === words[2] &&
      view.getInt32(start + 12, true) === words[3];
    if (!sameMinute && !this.readMinute(region, start)) return false;
    const separator = region[start + 19]!;
    if (region[start + 16] !== 58 || (separator !== 44 && separator !== 46)) return false;
    this.length = 23;
    const seconds = digits(region, start + 17, 2);
    const local = this.minuteEpoch + seconds * 1000 + digits(region, start + 20, 3);
    this.local = local;
    this.separator = separator;
    this.rewritable = this.minuteValid && seconds < 60;
    this.offset = NO_OFFSET;
    let epoch = local;
    const sign = start + 23 < end ? region[start + 23] : undefined;
    if (sign === 43 || sign === 45) {
      const colon = start + 26 < end && region[start + 26] === 58 ? 1 : 0;
      const offsetHours = start + 26 <= end ? digits(region, start + 24, 2) : NaN;
      const offsetMinutes = start + 28 + colon <= end ? digits(region, start + 26 + colon, 2) : NaN;
      if (!Number.isNaN(offsetHours) && !Number.isNaN(offsetMinutes)) {
        epoch = local - (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
        this.length = 28 + colon;
        this.offset = (offsetHours * 100 + offsetMinutes) * 4 + colon * 2 + (sign === 45 ? 1 : 0);
      }
    } else if (sign === 90) {
      this.length = 24;
      this.offset = ZULU;
    }
    this.epoch = epoch;
    return !Number.isNaN(epoch);
  }

  /** Reads the date, hour and minute of a stamp that starts differently from the last one; false when it does not start like one. */
  private readMinute(region: Buffer, start: number): boolean {
    if (!isEventStart(region, start)) return false;
    let sameDate = this.minuteKnown;
    for (let k = 0; k < 10 && sameDate; k++) sameDate = this.minute[k] === region[start + k];
    if (!sameDate) {
      const year = digits(region, start, 4);
      const month = digits(region, start + 5, 2);
      const day = digits(region, start + 8, 2);
      this.dayEpoch = Date.UTC(year, month - 1, day);
      const made = new Date(this.dayEpoch);
      this.realDay = year >= 1000 && made.getUTCFullYear() === year && made.getUTCMonth() === month - 1 && made.getUTCDate() === day;
    }
    region.copy(this.minute, 0, start, start + 16);
    for (let w = 0; w < 4; w++) this.minuteWords[w] = this.minute.readInt32LE(w * 4);
    this.minuteKnown = true;
    const hours = digits(region, start + 11, 2);
    const minutes = digits(region, start + 14, 2);
    this.minuteEpoch = this.dayEpoch + (hours * 60 + minutes) * 60_000;
    this.minuteValid = this.realDay && hours < 24 && minutes < 60;
    return true;
  }
}

/** The decimal number of `count` digits at `at`, NaN when one is not a digit. */
function digits(region: Buffer, at: number, count: number): number {
  let value = 0;
  for (let k = at; k < at + count; k++) {
    const b = region[k]!;
    if (b < 48 || b > 57) return NaN;
    value = value * 10 + b - 48;
  }
  return value;
}

/**
 * Tallies by user name, looked up by the name's bytes (open addressing on an FNV-1a hash), so a
 * login line costs no string and no map lookup by text. Names are ASCII: a character is a byte.
 */
class UserTable {
  private hashes = new Int32Array(1024);
  private tallies: (Tally | undefined)[] = new Array<Tally | undefined>(1024);
  private count = 0;

  find(region: Buffer, from: number, to: number): Tally | undefined {
    let hash = 0x811c9dc5;
    for (let k = from; k < to; k++) hash = Math.imul(hash ^ region[k]!, 16777619);
    const mask = this.hashes.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const tally = this.tallies[i];
      if (tally === undefined) return undefined;
      if (this.hashes[i] !== hash || tally.user.length !== to - from) continue;
      const { user } = tally;
      let k = 0;
      while (k < user.length && user.charCodeAt(k) === region[from + k]) k++;
      if (k === user.length) return tally;
    }
  }

  add(tally: Tally): void {
    if ((this.count + 1) * 2 > this.hashes.length) this.grow();
    this.place(tally, nameHash(tally.user));
    this.count++;
  }

  private place(tally: Tally, hash: number): void {
    const mask = this.hashes.length - 1;
    let i = hash & mask;
    while (this.tallies[i] !== undefined) i = (i + 1) & mask;
    this.hashes[i] = hash;
    this.tallies[i] = tally;
  }

  private grow(): void {
    const old = this.tallies;
    const oldHashes = this.hashes;
    this.hashes = new Int32Array(oldHashes.length * 2);
    this.tallies = new Array<Tally | undefined>(oldHashes.length * 2);
    old.forEach((tally, i) => tally && this.place(tally, oldHashes[i]!));
  }
}

/** The hash `UserTable.find` computes from the bytes, of an ASCII name. */
function nameHash(user: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < user.length; k++) hash = Math.imul(hash ^ user.charCodeAt(k), 16777619);
  return hash;
}

/** `2023-02-20 17:09:00,982+0000` as `2023-02-20T17:09:00.982+00:00` (no offset when the log has none). */
export function isoTime(seen: { raw: string }): string {
  const m = TIMESTAMP.exec(seen.raw)!;
  const offset = m[8] ? `${m[8]}${m[9]}:${m[10]}` : '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}${offset}`;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})[,.](\d{3})(?:([+-])(\d{2}):?(\d{2})|Z)?/;

/**
 * The error message a match sits in, as the server wrote it: from the status words the server put
 * before it (IMAP's tag and `BAD`/`NO`, POP's `-ERR`, an SMTP code) to the end of the line, but not
 * a stack frame some loggers glue onto the same line.
 */
export function errorMessage(line: string, matched: string): string {
  if (matched.includes('\n')) return matched.slice(0, STACK_FRAME.exec(matched)?.index).trimEnd();
  const at = line.indexOf(matched);
  const prefix = SERVER_STATUS.exec(line.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  const message = line.slice(at);
  return `${prefix}${message.slice(0, STACK_FRAME.exec(message)?.index)}`.trimEnd();
}

/** A mail server's status words right before a message: `A3 BAD `, `* NO `, `-ERR `, `535 5.7.3 `. */
const SERVER_STATUS = /(?:^|[\s:;,[(])((?:[A-Za-z0-9*]{1,8} )?(?:OK|NO|BAD|BYE) |-ERR |\+OK |[245]\d\d[ -](?:\d\.\d{1,3}\.\d{1,3} )?)$/;
/** A Java stack frame (`at com.example.Class.method(Class.java:12)`) or a `Caused by:` after the message. */
const STACK_FRAME = /\s(?:at [\w$.<>]+\([^()\n]*\)|Caused by: )/;

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

/** The line of the event where the match starts, and how many lines into the event it is. */
function matchedLine(text: string, index: number): { text: string; offsetLines: number } {
  const start = index === 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  let offsetLines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) offsetLines++;
  return { text: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, ''), offsetLines };
}

/** A masked sample: the matching line, after the event's timestamp when it is a continuation line. */
function sample(event: string, line: string): string {
  const header = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}[,.]\d{3}\S*/.exec(event)?.[0];
  const text = header && !line.startsWith(header) ? `${header} … ${line.trim()}` : line;
  const masked = maskLogText(text);
  return masked.length > SAMPLE_CHARS ? `${masked.slice(0, SAMPLE_CHARS)}…` : masked;
}
