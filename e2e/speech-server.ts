/**
 * A speech synthesiser for the read-aloud test, of this test's own: PulseAudio with a null sink (it plays in real
 * time into nothing, so speech takes as long as it would aloud) and Speech Dispatcher with espeak-ng's voices, both
 * in a temporary folder. Chromium reaches it through SPEECHD_ADDRESS and --enable-speech-dispatcher. From Debian:
 * apt-get install -y speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio (.ci/run does).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpeechServer {
  /** The value for SPEECHD_ADDRESS. */
  address: string;
  stop(): Promise<void>;
}

const PACKAGES = 'apt-get install -y speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio';

async function appears(path: string, what: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (existsSync(path)) return;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start (no ${path}); it needs: ${PACKAGES}`);
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // A daemon that does not answer the polite signal within two seconds is killed.
    const hard = setTimeout(() => child.kill('SIGKILL'), 2000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill();
  });
}

export async function startSpeechServer(): Promise<SpeechServer> {
  for (const program of ['pulseaudio', 'speech-dispatcher', 'espeak-ng']) {
    if (spawnSync('sh', ['-c', `command -v ${program}`]).status !== 0) throw new Error(`${program} is not installed: ${PACKAGES}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'qari-speech-'));
  // Both keep their cookies, logs and pid files in the temporary folder, not in the user's home.
  const env = { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: dir, XDG_CACHE_HOME: dir };
  const pulse = spawn(
    'pulseaudio',
    ['-n', '--daemonize=no', '--exit-idle-time=-1', '--use-pid-file=no', '--disable-shm=yes', '-L', 'module-null-sink', '-L', `module-native-protocol-unix socket=${dir}/pulse.sock auth-anonymous=1`],
    { stdio: 'ignore', env },
  );
  await appears(join(dir, 'pulse.sock'), 'PulseAudio', pulse);
  cpSync('/etc/speech-dispatcher', join(dir, 'conf'), { recursive: true });
  appendFileSync(join(dir, 'conf', 'speechd.conf'), '\nAudioOutputMethod "pulse"\n');
  const speechd = spawn(
    'speech-dispatcher',
    ['-s', '-t', '0', '-C', join(dir, 'conf'), '-c', 'unix_socket', '-S', join(dir, 'speechd.sock'), '-P', join(dir, 'speechd.pid'), '-L', dir],
    { stdio: 'ignore', env: { ...env, PULSE_SERVER: `unix:${dir}/pulse.sock` } },
  );
  await appears(join(dir, 'speechd.sock'), 'Speech Dispatcher', speechd);
  return {
    address: `unix_socket:${join(dir, 'speechd.sock')}`,
    async stop() {
      await stopped(speechd);
      await stopped(pulse);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
