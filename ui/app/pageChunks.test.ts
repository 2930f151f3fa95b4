import { appPathOf, pageChunkFor, pageChunks } from './pageChunks';

describe('pageChunkFor', () => {
  it('picks the chunk by the first path segment, and none outside the app routes', () => {
    expect(pageChunkFor('/')).toBe(pageChunks.home);
    expect(pageChunkFor('/workspace/alerting-profiles')).toBe(pageChunks.workspace);
    expect(pageChunkFor('/review')).toBe(pageChunks.review);
    expect(pageChunkFor('/teams')).toBe(pageChunks.teams);
    expect(pageChunkFor('/overview')).toBe(pageChunks.overview);
    expect(pageChunkFor('/calculator/generate')).toBe(pageChunks.calculator);
    expect(pageChunkFor('/apply')).toBe(pageChunks.apply);
    expect(pageChunkFor('/requests')).toBe(pageChunks.requests);
    expect(pageChunkFor('/constructor')).toBeUndefined();
    expect(pageChunkFor('/elsewhere')).toBeUndefined();
    expect(pageChunkFor('/home')).toBe(pageChunks.home); // App redirects it to /
  });
});

describe('appPathOf', () => {
  it('removes the router basename, and only a whole first segment of it', () => {
    expect(appPathOf('/ui')).toBe('/');
    expect(appPathOf('/ui/')).toBe('/');
    expect(appPathOf('/ui/workspace/slos')).toBe('/workspace/slos');
    expect(appPathOf('/uix/workspace')).toBe('/uix/workspace');
  });
});
