@NullMarked
package org.cellbook.materials;

import org.jspecify.annotations.NullMarked;
