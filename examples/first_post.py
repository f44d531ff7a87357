"""The smallest medtweet job: read the rules for a post on X."""

import medtweet as mt

print(f"medtweet {mt.__version__}: a post on X holds {mt.X.max_length} weighted characters.")
