"""The smallest medtweet job: check a post before it goes to X."""

import medtweet as mt

post = (
    "Hyponatremia pearl: Na+ < 125 with seizures \u2192 3% saline bolus. "
    "#MedEd https://doi.org/10.1056/x"
)
stats = mt.parse_tweet(post)
print(f"{stats.weighted_length}/{mt.X.max_length} weighted characters, valid: {stats.valid}")
for entity in mt.extract_entities(post):
    print(f"  {entity.kind}: {entity.text}")
