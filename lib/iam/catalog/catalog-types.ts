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
