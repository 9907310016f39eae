/** @jest-environment ./tests/setup/jsdom-environment.js */
import { afterEach, describe, expect, it } from '@jest/globals';
import { keystrokesBeforeReact } from './keystrokesBeforeReact';

const heardAbove: string[] = [];
const hear = (event: Event) => heardAbove.push(event.type);
const field = document.createElement('textarea');
document.body.append(field);
document.addEventListener('keyup', hear);
document.addEventListener('input', hear);

const keyUp = () => field.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'a' }));
const input = () => field.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'a' }));

afterEach(() => {
  heardAbove.splice(0);
});

describe('keystrokesBeforeReact', () => {
  it('stops a text area’s keyup at the window, lets its input through, and gives keyup back', () => {
    const giveBack = keystrokesBeforeReact(field);
    keyUp();
    input();
    expect(heardAbove).toEqual(['input']);
    giveBack();
    keyUp();
    expect(heardAbove).toEqual(['input', 'keyup']);
  });

  it('keeps stopping them while any of the text area’s users still asks, and a second give-back is harmless', () => {
    const first = keystrokesBeforeReact(field);
    const second = keystrokesBeforeReact(field);
    first();
    first();
    keyUp();
    expect(heardAbove).toEqual([]);
    second();
    keyUp();
    expect(heardAbove).toEqual(['keyup']);
  });
});
