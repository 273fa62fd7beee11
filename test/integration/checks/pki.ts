// Certificates for the hostile-answer tests, made by openssl: a trusted test CA, leaves it signs
// (valid, expired, for another host name), a self-signed leaf, and a leaf from a CA named like a
// TLS inspection product that nobody trusts.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const openssl = (...args: string[]) => promisify(execFile)('openssl', args);

export type KeyPair = { cert: string; key: string };
export type Pki = { caFile: string; valid: KeyPair; expired: KeyPair; wrongHost: KeyPair; selfSigned: KeyPair; intercepted: KeyPair };

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

async function makeCa(dir: string, name: string, subject: string): Promise<{ certFile: string; keyFile: string }> {
  const certFile = join(dir, `${name}.pem`);
  const keyFile = join(dir, `${name}.key`);
  await openssl('req', '-x509', ...EC, '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', subject);
  return { certFile, keyFile };
}

async function makeLeaf(dir: string, name: string, ca: { certFile: string; keyFile: string } | undefined, opts: { san: string; days: number }): Promise<KeyPair> {
  const keyFile = join(dir, `${name}.key`);
  const csr = join(dir, `${name}.csr`);
  const certFile = join(dir, `${name}.pem`);
  const ext = join(dir, `${name}.ext`);
  await writeFile(ext, `subjectAltName=${opts.san}\n`);
  await openssl('req', '-new', ...EC, '-keyout', keyFile, '-out', csr, '-subj', '/CN=test-server');
  // A negative number of days gives a certificate that ended before it began: expired.
  // Leaves are signed at once: a serial of their own, as -CAcreateserial's shared file was read half written.
  const signer = ca ? ['-CA', ca.certFile, '-CAkey', ca.keyFile, '-set_serial', `0x${randomBytes(8).toString('hex')}`] : ['-signkey', keyFile];
  await openssl('x509', '-req', '-in', csr, ...signer, '-days', String(opts.days), '-extfile', ext, '-out', certFile);
  return { cert: await readFile(certFile, 'utf8'), key: await readFile(keyFile, 'utf8') };
}

export async function makePki(dir: string): Promise<Pki> {
  const [ca, inspection] = await Promise.all([makeCa(dir, 'test-ca', '/CN=Jira Doctor Test CA/O=Test'), makeCa(dir, 'inspection-ca', '/CN=Zscaler Root CA/O=Zscaler Inc.')]);
  const local = 'DNS:localhost,IP:127.0.0.1';
  const [valid, expired, wrongHost, selfSigned, intercepted] = await Promise.all([
    makeLeaf(dir, 'valid', ca, { san: local, days: 2 }),
    makeLeaf(dir, 'expired', ca, { san: local, days: -1 }),
    makeLeaf(dir, 'wrong-host', ca, { san: 'DNS:jira.other.test', days: 2 }),
    makeLeaf(dir, 'self-signed', undefined, { san: local, days: 2 }),
    makeLeaf(dir, 'intercepted', inspection, { san: local, days: 2 }),
  ]);
  return { caFile: ca.certFile, valid, expired, wrongHost, selfSigned, intercepted };
}
