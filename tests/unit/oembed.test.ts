import { describe, expect, it } from 'vitest';
import { EMBED_SRC_ATTRIBUTE, FIXED_EMBED_WIDTH, pastedEmbedCode } from '../../src/lib/embed/embed';
import { OEMBED_CACHE_AGE, oembedResponse } from '../../src/lib/embed/oembed';

const input = {
  embed: { url: 'https://news.example.org/graphics/map/embed/nord-stream/', title: 'Map: Nord Stream 2 & the US, step by step', fixedHeight: 910 },
  scriptUrl: 'https://news.example.org/graphics/map/embed.js',
  storyUrl: 'https://news.example.org/graphics/map/',
  thumbnail: { url: 'https://news.example.org/graphics/map/social/us-pressure.png', width: 1200, height: 630 },
};

describe('oembedResponse', () => {
  const response = oembedResponse(input);

  it('oembedResponse(embed) is a rich oEmbed 1.0 response sized for an article column', () => {
    expect(response).toMatchObject({ version: '1.0', type: 'rich', width: FIXED_EMBED_WIDTH, height: 910, title: input.embed.title });
  });

  it('oembedResponse(embed) names the site as provider, with the story as its page', () => {
    expect(response.provider_name).toBe('news.example.org');
    expect(response.provider_url).toBe(input.storyUrl);
  });

  it('oembedResponse(embed) offers the map\'s social card as thumbnail, with its size, and a day\'s cache age', () => {
    expect(response).toMatchObject({ thumbnail_url: input.thumbnail.url, thumbnail_width: 1200, thumbnail_height: 630, cache_age: OEMBED_CACHE_AGE });
    expect(OEMBED_CACHE_AGE).toBe(86_400);
  });

  it('oembedResponse(embed).html is the pasted embed code', () => {
    expect(response.html).toBe(pastedEmbedCode({ src: input.embed.url, title: input.embed.title }, 910, input.scriptUrl));
  });
});

describe('pastedEmbedCode', () => {
  const code = pastedEmbedCode({ src: input.embed.url, title: input.embed.title }, 910, input.scriptUrl);

  it('pastedEmbedCode(embed) is a lazy iframe at the fixed height, titled, inside the host script\'s placeholder', () => {
    expect(code).toMatch(new RegExp(`^<div ${EMBED_SRC_ATTRIBUTE}="${input.embed.url}"[^>]*><iframe src="${input.embed.url}" title="Map: Nord Stream 2 &amp; the US, step by step" width="100%" height="910" style="border:0;width:100%;" loading="lazy"></iframe></div>`));
  });

  it('pastedEmbedCode(embed) ends with the host script, which sizes the iframe where scripts are kept', () => {
    expect(code.split('\n').at(-1)).toBe(`<script src="${input.scriptUrl}" async></script>`);
  });
});
