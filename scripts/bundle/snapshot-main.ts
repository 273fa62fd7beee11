// The single executable's main script when it is built with a startup snapshot (scripts/bundle/):
// run once at build time, it loads the command line and what every diagnosis needs (the knowledge
// merged, the engine built, the facts reader and the text output), then V8 saves that heap. The
// executable starts from the saved heap and only runs the command line on the admin's arguments.
// Only modules that read nothing of the machine when they load belong here: the environment, the
// working folder and the clock are the build machine's while the snapshot is made.
import { startupSnapshot } from 'node:v8';
import '../../knowledge/core';
import '../../electron/cli/facts-input';
import '../../electron/cli/diagnosis-text';
import { runCli } from '../../electron/cli/program';

startupSnapshot.setDeserializeMainFunction(() => runCli(process.argv));
