// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
