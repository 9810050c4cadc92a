#!/bin/sh
# S3 behind a CDN: uploads a build to a bucket with each file's content type and cache header, the hashed assets
# first and the pages last, then removes what the build no longer has (but old hashed assets: readers holding an
# older page still load them). Needs the AWS CLI, signed in. See docs/deploying.md.
#
#   deploy/s3-upload.sh s3://<bucket>/graphics/2021/china-russia [dist]
#
# With CLOUDFRONT_DISTRIBUTION_ID set, it then invalidates the base path in that CloudFront distribution.
set -eu

usage='usage: deploy/s3-upload.sh s3://<bucket>/<base path> [<build folder, default dist>]'
dest=${1:?$usage}
dest=${dest%/}
dist=${2:-dist}
dist=${dist%/}
case $dest in s3://*) ;; *) echo "$usage" >&2; exit 2 ;; esac
if [ ! -f "$dist/index.html" ]; then
  echo "no $dist/index.html: build first (SITE_URL=https://… BASE_PATH=/… npm run build)" >&2
  exit 1
fi

immutable='public, max-age=31536000, immutable'
revalidate='no-cache'

# The content type of each extension the build holds (as deploy/nginx.conf types them).
type_of() {
  case $1 in
    html | htm) echo 'text/html; charset=utf-8' ;;
    css) echo 'text/css; charset=utf-8' ;;
    js | mjs) echo 'text/javascript; charset=utf-8' ;;
    json | map) echo 'application/json' ;;
    geojson) echo 'application/geo+json' ;;
    csv) echo 'text/csv; charset=utf-8' ;;
    txt) echo 'text/plain; charset=utf-8' ;;
    xml) echo 'application/xml; charset=utf-8' ;;
    svg) echo 'image/svg+xml; charset=utf-8' ;;
    png) echo 'image/png' ;;
    jpg | jpeg) echo 'image/jpeg' ;;
    webp) echo 'image/webp' ;;
    avif) echo 'image/avif' ;;
    gif) echo 'image/gif' ;;
    ico) echo 'image/x-icon' ;;
    webmanifest) echo 'application/manifest+json' ;;
    woff2) echo 'font/woff2' ;;
    woff) echo 'font/woff' ;;
    pdf) echo 'application/pdf' ;;
    *) return 1 ;;
  esac
}

extensions=$(find "$dist" -type f | sed -n 's|.*/[^/]*\.\([^./]*\)$|\1|p' | sort -u)
for extension in $extensions; do
  type_of "$extension" >/dev/null || {
    echo "$dist holds .$extension files, which this script has no content type for: add it to type_of" >&2
    exit 1
  }
done
if find "$dist" -type f ! -name '*.*' | grep -q .; then
  echo "$dist holds files without an extension, which this script has no content type for" >&2
  exit 1
fi

# upload <from> <to> <cache-control> <extension> <filter>...: that extension's files the filters keep, with its type.
upload() {
  from=$1 to=$2 cache=$3 extension=$4
  shift 4
  aws s3 sync "$from" "$to" --no-progress --exclude '*' --include "*.$extension" "$@" \
    --content-type "$(type_of "$extension")" --cache-control "$cache"
}

# 1. The hashed assets, which no page already online names: cached for a year.
for extension in $extensions; do
  upload "$dist/_astro" "$dest/_astro" "$immutable" "$extension"
done
# 2. Everything else but the pages (data, images, embed.js, the crawler files), 3. the pages: revalidated.
for extension in $extensions; do
  case $extension in html | htm) ;; *) upload "$dist" "$dest" "$revalidate" "$extension" --exclude '_astro/*' ;; esac
done
for extension in $extensions; do
  case $extension in html | htm) upload "$dist" "$dest" "$revalidate" "$extension" --exclude '_astro/*' ;; esac
done
# 4. What the build no longer has goes (all the rest is uploaded, so --size-only uploads nothing more).
aws s3 sync "$dist" "$dest" --no-progress --exclude '_astro/*' --delete --size-only

if [ -n "${CLOUDFRONT_DISTRIBUTION_ID:-}" ]; then
  key=${dest#s3://}
  case $key in */*) prefix=/${key#*/} ;; *) prefix= ;; esac
  aws cloudfront create-invalidation --distribution-id "$CLOUDFRONT_DISTRIBUTION_ID" --paths "$prefix/*"
fi
