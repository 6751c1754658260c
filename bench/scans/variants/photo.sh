#!/usr/bin/env bash
# Phone photos of the pages (perspective, uneven light, the desk around the page): not made yet;
# the photo work fills this in. Exits without output so make.sh goes on.
exit 0
