// The single executable's main script when it is built with a startup snapshot (scripts/bundle/):
// run once at build time, it loads what every diagnosis needs (the knowledge merged, the engine
// built, the facts reader), then V8 saves that heap. The executable starts from the saved heap and
// runs the command line on the admin's arguments.
// Only modules that read nothing of the machine when they load belong here: the environment, the
// working folder and the clock are the build machine's while the snapshot is made. The command line
// itself initialises when the executable runs: some of its libraries create objects at load that V8
// cannot save in a snapshot (string-width's Intl.Segmenter), and V8 then stops the build.
import { startupSnapshot } from 'node:v8';
import '../../knowledge/core';
import '../../electron/cli/facts-input';

startupSnapshot.setDeserializeMainFunction(() => {
  void import('../../electron/cli/program').then(({ runCli }) => runCli(process.argv));
});
