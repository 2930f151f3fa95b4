/** Shapes of the permission catalog (generated data + hand-written additions). */

export interface RawService {
  id: string;
  title: string;
}

export interface RawCondition {
  name: string;
  description: string;
  operators: string[];
}

export interface RawPermission {
  name: string;
  service: string;
  description: string;
  conditions: RawCondition[];
}

/** The file `permissions.generated.json`: the IAM policy reference of seed 002 as data. */
export interface GeneratedReference {
  /** Says where the file comes from and not to edit it (JSON has no comments). */
  $comment: string;
  services: RawService[];
  permissions: RawPermission[];
}
