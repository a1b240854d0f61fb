// Every area's messages, for the unit test that checks each language has every key. The app
// itself never imports this: it would put the areas that load later into the first screen.
import { firstScreenAreas } from './index';
import { network } from './network';
import { yourData } from './your-data';

export const areas = { ...firstScreenAreas, network, yourData };
