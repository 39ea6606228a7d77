# Sourced by investor.sh and investor-same-window.sh with their arguments, after they set secs_default:
# reads [SECONDS_PER_RUN] [CONNECTIONS=4] [ROUNDS=3] into secs, conns and rounds; goes to the repository
# root (repo); builds the jar and the test classes unless NO_BUILD=1; puts the test classpath in cp and a
# fresh scratch folder in out.
secs=${1:-$secs_default}
conns=${2:-4}
rounds=${3:-3}
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
repo=$PWD
if [ -z "${NO_BUILD:-}" ]; then
  mvn -B -q package -DskipTests
  mvn -B -q test-compile
fi
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)  # a file: stdout ends in a colour code
out=$(mktemp -d /tmp/atlas-bench-out.XXXX)
