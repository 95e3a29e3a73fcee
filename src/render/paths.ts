// Where each page and file of the site lives, relative to the site root (no leading slash).
import type { Meeting } from '../model/types.js';

export const paths = {
  meeting: (m: Pick<Meeting, 'groupId' | 'slug'>) => `grupper/${m.groupId}/${m.slug}/`,
  group: (id: string) => `grupper/${id}/`,
  person: (publicId: string) => `personer/${publicId}/`,
  project: (id: string) => `projekt/${id}/`,
  organisation: (id: string) => `organisationer/${id}/`,
  groupFeed: (id: string) => `grupper/${id}/feed.xml`,
  projectFeed: (id: string) => `projekt/${id}/feed.xml`,
  calendar: (id: string) => `grupper/${id}/kalender.ics`,
};

/** Every meeting page and nothing else (meeting pages are the only pages two folders below grupper/). */
export const MEETING_PAGES_GLOB = 'grupper/*/*/index.html';
