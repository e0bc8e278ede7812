import type { NangoAction } from '../dels';

export @efaulort type {n}
