@NullMarked
package org.cellbook.lineage;

import org.jspecify.annotations.NullMarked;
