// How a person's name is shown: the form the article attributes their quotes with.
import { describe, expect, it } from 'vitest';
import { displayName, PersonRegistry } from '../../src/pipeline/people.ts';

describe('displayName', () => {
  it('prefers the form the cues use over a word the narrative repeats', () => {
    // "Pimpinan Pusat Paguyuban Abdul Karim …, Paguyuban sudah …, Paguyuban juga …",
    // "…," kata Karim: the body's name was glued to the person's and is seen more often.
    const registry = new PersonRegistry();
    registry.register('Paguyuban Abdul Karim');
    for (let i = 0; i < 3; i++) registry.see('Paguyuban', false);
    const person = registry.seeInCue('Karim');
    registry.seeInCue('Karim');
    if (person === undefined) throw new Error('no person');
    expect(displayName(person).name).toBe('Karim');
  });

  it('shows a declined surname in the nominative the article also writes', () => {
    // "Сергей Воронов …", then «…», — цитирует Воронова.
    const registry = new PersonRegistry();
    registry.see('Сергей Воронов', true);
    const person = registry.seeInCue('Воронова');
    if (person === undefined) throw new Error('no person');
    expect(displayName(person).name).toBe('Воронов');
  });

  it('without a cue naming them, shows the full name rather than the given name alone', () => {
    // "Siti Nurhaliza mengatakan …", "menurut Siti …", "…," ujarnya.
    const registry = new PersonRegistry();
    registry.see('Siti Nurhaliza', true);
    const person = registry.see('Siti', false);
    registry.see('Siti', false);
    if (person === undefined) throw new Error('no person');
    expect(displayName(person)).toEqual({ name: 'Siti Nurhaliza', fullName: 'Siti Nurhaliza' });
  });

  it('without a cue naming them, keeps the surname the article goes on with', () => {
    const registry = new PersonRegistry();
    registry.see('Rudi Santoso', true);
    const person = registry.see('Santoso', false);
    registry.see('Santoso', false);
    if (person === undefined) throw new Error('no person');
    expect(displayName(person)).toEqual({ name: 'Santoso', fullName: 'Rudi Santoso' });
  });
});

describe('PersonRegistry.find', () => {
  it('keeps a full name with its person after another person took its first name as a short form', () => {
    // "Menteri Hendra Wijaya Kusuma …", later "Dirjen Hendra Saputra …, lanjut Hendra".
    const registry = new PersonRegistry();
    const minister = registry.register('Hendra Wijaya Kusuma');
    const director = registry.register('Hendra Saputra');
    expect(registry.see('Hendra', false)).toBe(director);
    expect(registry.see('Hendra Wijaya Kusuma', false)).toBe(minister);
    expect(displayName(minister).name).toBe('Hendra Wijaya Kusuma');
  });
});
