// Every test file starts with the output formats registered, as the command line does: a test may read a
// module without going through the pipeline, and the schema needs the formats' ids.
import '../../src/formats/registry.js';
