import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../document/serialize';
import { renderSvg } from '../export/svg-renderer';
import { fixture } from '../rules/test-support';
import { carriesFiles } from './file-drop';
import { isDesignText, pastePayload } from './paste-import';

/** Just enough of DataTransfer for the decisions under test. */
function clipboard(text: string, files: { name: string; type: string }[] = [], types: string[] = []): DataTransfer {
  return { files, types, getData: (t: string) => (t === 'text/plain' ? text : '') } as unknown as DataTransfer;
}

describe('what paste and drop take', () => {
  it('takes pasted topology XML and .tbxml/.xml files', () => {
    expect(isDesignText('<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008" Signature="x">')).toBe(true);
    expect(isDesignText('<note>Topology</note>')).toBe(false);
    expect(pastePayload(clipboard('', [{ name: 'site.tbxml', type: '' }]))).toMatchObject({ kind: 'file' });
    expect(pastePayload(clipboard('', [{ name: 'topology.xml', type: 'text/xml' }]))).toMatchObject({ kind: 'file' });
  });

  it('takes a topology document or a designer SVG as pasted text', () => {
    expect(isDesignText(serializeDesign(fixture('reference-small')))).toBe(true);
    expect(isDesignText(`\uFEFF  ${serializeDesign(fixture('reference-small'))}`)).toBe(true);
    expect(isDesignText(renderSvg(fixture('reference-small')))).toBe(true);
    // Broken documents are still taken, so the pipeline can say what is wrong with them.
    expect(isDesignText('{"format": "lync-topology", "version": 9}')).toBe(true);
  });

  it('leaves other text to the canvas and to text editing', () => {
    expect(isDesignText('se1.contoso.com')).toBe(false);
    expect(isDesignText('Lync topology designer: 3 element(s) copied')).toBe(false);
    expect(isDesignText('notes about the lync-topology format')).toBe(false);
    expect(isDesignText('{"format": "excalidraw"}')).toBe(false);
    expect(isDesignText('<p>lync-topology</p>')).toBe(false);
  });

  it('prefers a pasted picture file over text', () => {
    const png = { name: 'image.png', type: 'image/png' };
    expect(pastePayload(clipboard('hello', [png]))).toEqual({ kind: 'file', file: png });
    expect(pastePayload(clipboard('hello', [{ name: 'photo.jpg', type: 'image/jpeg' }]))).toBeUndefined();
    expect(pastePayload(clipboard('{"format":"lync-topology"}'))).toEqual({ kind: 'text', text: '{"format":"lync-topology"}' });
    expect(pastePayload(null)).toBeUndefined();
  });

  it('takes drags that carry files and leaves palette drags alone', () => {
    expect(carriesFiles(clipboard('', [], ['Files']))).toBe(true);
    expect(carriesFiles(clipboard('', [], ['application/x-lync-palette']))).toBe(false);
    expect(carriesFiles(null)).toBe(false);
  });
});
