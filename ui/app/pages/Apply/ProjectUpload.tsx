/**
 * Choosing a project: a zip (the workspace's export) or a folder. Native file inputs stay hidden
 * behind Strato buttons, so the choice is keyboard-reachable and looks like the rest of the app.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Text } from '@dynatrace/strato-components/typography';
import React, { useRef } from 'react';
import { filesFromFolder, filesFromZip, type Upload } from './uploadedFiles';

export interface Chosen { name: string; upload: Upload }

export function ProjectUpload({ onChosen, disabled }: { onChosen: (chosen: Chosen) => void; disabled?: boolean }) {
  const zipInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const onZip = async (list: FileList | null) => {
    const file = list?.[0];
    if (!file) return;
    onChosen({ name: file.name, upload: await filesFromZip(new Uint8Array(await file.arrayBuffer())) });
  };
  const onFolder = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const files = Array.from(list);
    const entries = await Promise.all(files.map(async (f) => ({ path: f.webkitRelativePath || f.name, text: await f.text() })));
    onChosen({ name: files[0]!.webkitRelativePath.split('/')[0] || 'folder', upload: filesFromFolder(entries) });
  };

  return (
    <Flex gap={8} alignItems="center" flexWrap="wrap">
      <Button variant="emphasized" disabled={disabled} onClick={() => zipInput.current?.click()}>Choose a zip</Button>
      <Button disabled={disabled} onClick={() => folderInput.current?.click()}>Choose a folder</Button>
      <Text textStyle="small">A Monaco project: the zip the workspace exports, or its folder from your repository.</Text>
      <input ref={zipInput} type="file" accept=".zip,application/zip" hidden aria-label="Project zip" data-testid="upload-zip"
        onChange={(e) => { void onZip(e.target.files); e.target.value = ''; }} />
      <input ref={folderInput} type="file" multiple hidden aria-label="Project folder" data-testid="upload-folder" {...{ webkitdirectory: '' }}
        onChange={(e) => { void onFolder(e.target.files); e.target.value = ''; }} />
    </Flex>
  );
}
